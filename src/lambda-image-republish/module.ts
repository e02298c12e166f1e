import type { ModuleDefinition } from '../internal/module-definition.js';
import { hclMatches } from '../internal/patterns.js';
import {
  IMAGE_PREREQUISITES_SECTION,
  IMAGE_SCRIPT_ASSETS,
  MODULE_SCRIPTS_DIR,
} from '../lambda-image-build/image-assets.js';
import { imageOutputs } from '../lambda-image-build/image-outputs.js';
import {
  COPY_TOOLS,
  ECR_REPOSITORY_NAME_LENGTH as nameLength,
  ECR_REPOSITORY_NAME_PATTERN,
  IMAGE_DIGEST_PATTERN,
  IMAGE_TAG_PATTERN,
  LAMBDA_PLATFORMS,
  REGISTRY_LOGINS,
  REGISTRY_REPOSITORY_PATTERN,
} from '../lambda-image-build/image-patterns.js';
import { repositoryVariables } from '../lambda-image-build/repository-variables.js';
import { LambdaImageRepublish } from './lambda-image-republish.js';
import { LAMBDA_IMAGE_REPUBLISH_DEFAULTS as defaults } from './lambda-image-republish-props.js';

/** The `lambda-image-republish` Terraform module. */
export const lambdaImageRepublishModule: ModuleDefinition = {
  name: 'lambda-image-republish',
  summary: `
Copies an existing Lambda container image, from any registry (another
account's or region's ECR included), into an ECR repository the module
creates in the provider's account and region, by digest and without a
daemon (skopeo or crane; docker as a fallback). Lambda pulls images only
from ECR, and cross-account only within one region, so this is how a
published image reaches a function. The copy's digest is output for
scheduled-lambda's \`lambda_image_uri\`.
`,
  usage: `
module "my_lambda_container" {
  source             = "./generated-modules/lambda-image-republish"
  source_lambda_repo = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda"
  source_lambda_tag  = "latest"
}

module "my_scheduled_lambda" {
  source              = "./generated-modules/scheduled-lambda"
  lambda_image_uri    = module.my_lambda_container.image_uri_with_digest
  schedule_expression = "rate(5 minutes)"
  sns_topic_arn       = aws_sns_topic.results.arn
}
`,
  sections: `
## When it copies again

The copy step (\`terraform_data.this\`) is replaced, and so copies again, when
the source reference (repository, tag and digest), the destination
reference or the platform changes. Finding out what a source *tag* points
at would need a registry call during the plan, so a moved tag is not seen
by itself: pin \`source_lambda_digest\` to re-copy exactly when the source
changes. \`scripts/copy-image.sh resolve-digest --source-image <repo>:<tag>\`
prints the value to pin, or, for an ECR source, read it with a provider
for the source's region:

\`\`\`hcl
data "aws_ecr_image" "source" {
  provider        = aws.source_region
  registry_id     = "123456789012"
  repository_name = "my-lambda"
  image_tag       = "latest"
}

module "my_lambda_container" {
  source               = "./generated-modules/lambda-image-republish"
  source_lambda_repo   = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-lambda"
  source_lambda_digest = data.aws_ecr_image.source.image_digest
}
\`\`\`

A single-manifest source is copied byte for byte, so the copy has the
source's digest. From an image index only the \`platform\` image is copied
(Lambda rejects indexes). Without \`destination_image_tag\` the copy gets the
source tag, or \`sha256-<hex>\` of a pinned digest without a tag (which suits
\`image_tag_mutability = "IMMUTABLE"\`).

## How the digest is obtained

After the copy the module reads \`data "aws_ecr_image"\` for the destination
tag, with \`depends_on\` the copy step, so \`image_uri_with_digest\` is "known
after apply" when a copy is planned, then the copy's digest.
\`copy_enabled = false\` creates only the repository (the digest outputs are
then null), for mock-provider tests.

## Cross-account and cross-region

The program logs in to each ECR registry involved, with
\`source_aws_profile\` and \`destination_aws_profile\` when the two accounts
need different credentials. The source account must allow the pull
(\`ecr:BatchGetImage\`, \`ecr:GetDownloadUrlForLayer\`) in its repository
policy.
${IMAGE_PREREQUISITES_SECTION}`,
  assets: IMAGE_SCRIPT_ASSETS,
  build(stack) {
    const sourceRepo = stack.variable({
      name: 'source_lambda_repo',
      type: 'string',
      description:
        'Repository to copy from, with its registry host and without tag or digest, such as 123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda.',
      validations: [
        {
          condition: hclMatches(
            'var.source_lambda_repo',
            REGISTRY_REPOSITORY_PATTERN,
          ),
          errorMessage:
            'The source_lambda_repo value must be a repository with its registry host and no tag or digest, such as 123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda or ghcr.io/acme/my-lambda.',
        },
      ],
    });
    const sourceTag = stack.variable({
      name: 'source_lambda_tag',
      type: 'string',
      default: null,
      description:
        'Tag of the source image, such as latest; with source_lambda_digest too, the digest decides what is copied.',
      validations: [
        {
          condition: `var.source_lambda_tag == null || ${hclMatches('coalesce(var.source_lambda_tag, "x")', IMAGE_TAG_PATTERN)}`,
          errorMessage:
            'The source_lambda_tag value must be null or an image tag of 1 to 128 letters, digits, "_", "." and "-" that does not start with "." or "-".',
        },
      ],
    });
    const sourceDigest = stack.variable({
      name: 'source_lambda_digest',
      type: 'string',
      default: null,
      description:
        'Digest of the source image (sha256:<64 hex digits>); pinning it re-copies exactly when the source changes.',
      validations: [
        {
          condition: `var.source_lambda_digest == null || ${hclMatches('coalesce(var.source_lambda_digest, "x")', IMAGE_DIGEST_PATTERN)}`,
          errorMessage:
            'The source_lambda_digest value must be null or a digest of the form sha256:<64 lower-case hex digits>.',
        },
      ],
    });
    const destinationName = stack.variable({
      name: 'destination_repository_name',
      type: 'string',
      default: null,
      description:
        "Name of the ECR repository to create in the provider's account and region; null uses the source repository's path (my-lambda for …/my-lambda).",
      validations: [
        {
          condition: `var.destination_repository_name == null || (${hclMatches('coalesce(var.destination_repository_name, "x")', ECR_REPOSITORY_NAME_PATTERN)} && length(coalesce(var.destination_repository_name, "x")) >= ${nameLength.min} && length(coalesce(var.destination_repository_name, "x")) <= ${nameLength.max})`,
          errorMessage: `The destination_repository_name value must be null or an ECR repository name of ${nameLength.min} to ${nameLength.max} characters: lower-case letters and digits, separated by single ".", "_" or "-", in path components joined by "/".`,
        },
      ],
    });
    const destinationTag = stack.variable({
      name: 'destination_image_tag',
      type: 'string',
      default: null,
      description:
        'Tag of the copy; null uses the source tag, or sha256-<hex> of the digest when only a digest is given.',
      validations: [
        {
          condition: `var.destination_image_tag == null || ${hclMatches('coalesce(var.destination_image_tag, "x")', IMAGE_TAG_PATTERN)}`,
          errorMessage:
            'The destination_image_tag value must be null or an image tag of 1 to 128 letters, digits, "_", "." and "-" that does not start with "." or "-".',
        },
      ],
    });
    const platform = stack.variable({
      name: 'platform',
      type: 'string',
      default: defaults.platform,
      nullable: false,
      description:
        "Platform of the image to copy, matching the function's architecture: linux/amd64 (x86_64) or linux/arm64 (arm64); from an image index only this platform's image is copied.",
      validations: [
        {
          condition: `contains(${JSON.stringify(LAMBDA_PLATFORMS)}, var.platform)`,
          errorMessage:
            'The platform value must be linux/amd64 (for an x86_64 function) or linux/arm64 (for an arm64 function): Lambda runs no other platform.',
        },
      ],
    });
    const copyTool = stack.variable({
      name: 'copy_tool',
      type: 'string',
      default: defaults.copyTool,
      nullable: false,
      description:
        'Copier: skopeo, crane (both daemonless, digest-preserving), docker (needs a daemon, may change the digest), or auto (the first installed, in that order).',
      validations: [
        {
          condition: `contains(${JSON.stringify(COPY_TOOLS)}, var.copy_tool)`,
          errorMessage: `The copy_tool value must be one of ${COPY_TOOLS.join(', ')}.`,
        },
      ],
    });
    const logins = (['source', 'destination'] as const).map((side) =>
      stack.variable({
        name: `${side}_registry_login`,
        type: 'string',
        default: defaults.registryLogin,
        nullable: false,
        description: `How the copier logs in to the ${side} registry: ecr (aws ecr get-login-password, needs the AWS CLI), none (a credential helper or an earlier login), or auto (ecr for an ECR host).`,
        validations: [
          {
            condition: `contains(${JSON.stringify(REGISTRY_LOGINS)}, var.${side}_registry_login)`,
            errorMessage: `The ${side}_registry_login value must be one of ${REGISTRY_LOGINS.join(', ')}.`,
          },
        ],
      }),
    );
    const profiles = (['source', 'destination'] as const).map((side) =>
      stack.variable({
        name: `${side}_aws_profile`,
        type: 'string',
        default: null,
        description: `AWS CLI profile for the ${side} ECR login; null uses the credentials Terraform runs with.`,
      }),
    );
    const copyEnabled = stack.variable({
      name: 'copy_enabled',
      type: 'bool',
      default: defaults.copyEnabled,
      nullable: false,
      description:
        'Whether Terraform copies the image; false creates only the repository (for mock-provider tests), and the digest outputs are then null.',
    });
    const repository = repositoryVariables(stack);

    const image = new LambdaImageRepublish(stack, 'image', {
      ...repository,
      sourceLambdaRepo: sourceRepo.stringValue,
      sourceLambdaTag: sourceTag.stringValue,
      sourceLambdaDigest: sourceDigest.stringValue,
      destinationRepositoryName: destinationName.stringValue,
      destinationImageTag: destinationTag.stringValue,
      platform: platform.stringValue,
      copyTool: copyTool.stringValue,
      sourceRegistryLogin: logins[0]!.stringValue,
      destinationRegistryLogin: logins[1]!.stringValue,
      sourceAwsProfile: profiles[0]!.stringValue,
      destinationAwsProfile: profiles[1]!.stringValue,
      copyEnabled: copyEnabled.value as boolean,
      scriptsDir: MODULE_SCRIPTS_DIR,
      address: 'this',
    });

    stack.output({
      name: 'source_image',
      description:
        'The image copied from (repository with tag, digest or both).',
      value: image.sourceImage,
    });
    stack.output({
      name: 'repository_name',
      description: 'Name of the destination ECR repository.',
      value: image.repository.repository.name,
    });
    imageOutputs(stack, {
      repository: image.repository,
      imageTag: image.imageTag,
      imageUri: image.imageUri,
      imageDigest: image.imageDigest,
      imageUriWithDigest: image.imageUriWithDigest,
    });
  },
};
