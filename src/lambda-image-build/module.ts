import type { ModuleDefinition } from '../internal/module-definition.js';
import { hclMatches } from '../internal/patterns.js';
import {
  IMAGE_PREREQUISITES_SECTION,
  IMAGE_SCRIPT_ASSETS,
  MODULE_SCRIPTS_DIR,
} from './image-assets.js';
import {
  ECR_REPOSITORY_NAME_LENGTH as nameLength,
  ECR_REPOSITORY_NAME_PATTERN,
  IMAGE_BUILDERS,
  IMAGE_TAG_PATTERN,
  LAMBDA_PLATFORMS,
  REGISTRY_LOGINS,
} from './image-patterns.js';
import { LambdaImageBuild } from './lambda-image-build.js';
import {
  LAMBDA_IMAGE_BUILD_DEFAULTS as defaults,
  buildArgsCondition,
} from './lambda-image-build-props.js';
import { imageOutputs } from './image-outputs.js';
import { repositoryVariables } from './repository-variables.js';

/** The `lambda-image-build` Terraform module. */
export const lambdaImageBuildModule: ModuleDefinition = {
  name: 'lambda-image-build',
  summary: `
Builds a Lambda container image from a Dockerfile and pushes it to an ECR
repository the module creates (scan on push, a lifecycle policy keeping the
newest images, optional immutable tags and KMS encryption). It rebuilds only
when the content changes, and outputs the image by digest, so a scheduled
function fed \`image_uri_with_digest\` redeploys exactly when its image
changes. Docker, Podman or Buildah can build; no daemon is needed.
`,
  usage: `
module "my_lambda_image_build" {
  source          = "./generated-modules/lambda-image-build"
  source_dir      = "\${path.module}/lambda-src"
  repository_name = "my-lambda"
  image_tag       = "latest"
}

module "my_scheduled_lambda" {
  source              = "./generated-modules/scheduled-lambda"
  lambda_image_uri    = module.my_lambda_image_build.image_uri_with_digest
  schedule_expression = "rate(5 minutes)"
  sns_topic_arn       = aws_sns_topic.results.arn
}
`,
  sections: `
## When it rebuilds

The build step (\`terraform_data.this\`) is replaced, and so rebuilds and
pushes, when any of these changes: the **context hash** (SHA-256 over the
files of \`source_dir\` that \`.dockerignore\` keeps, each as path and content
hash, computed by Terraform at plan time), the Dockerfile's SHA-256, the
build arguments, the platform, or the image reference (repository and tag).
Timestamps, file modes and ignored files do not count, so an unchanged
context plans no rebuild, and a plan says "must be replaced" when one is
due. The \`context_hash\` output shows the value. Keep build contexts small:
Terraform reads every file at every plan.

## How the digest is obtained

Terraform cannot read back a file written during the same apply, and
\`local-exec\` has no outputs. So after the push the module reads
\`data "aws_ecr_image"\` for the pushed tag, with \`depends_on\` the build
step: when a build is planned the read waits for it, so
\`image_uri_with_digest\` is "known after apply" and then the new digest.
Without \`image_tag\` each content gets its own tag
(\`build-<16 hex digits of the content hash>\`), which also works with
\`image_tag_mutability = "IMMUTABLE"\`; a fixed tag such as \`latest\` is
re-pushed on each rebuild (and is refused with immutable tags).

## Turning the build off

\`build_enabled = false\` creates only the repository: no build runs, and
\`image_digest\` and \`image_uri_with_digest\` are null. Use it when CI pushes
the image, and in \`terraform test\` runs with a mock provider, where
\`local-exec\` would otherwise really run.
${IMAGE_PREREQUISITES_SECTION}`,
  assets: IMAGE_SCRIPT_ASSETS,
  build(stack) {
    const sourceDir = stack.variable({
      name: 'source_dir',
      type: 'string',
      description:
        'Path of the build context folder, relative to the directory Terraform runs in (use path.module for a module-relative path); its .dockerignore is honoured.',
      validations: [
        {
          condition: 'length(fileset(var.source_dir, "**")) > 0',
          errorMessage:
            'The source_dir value must be an existing folder containing the build context; relative paths start at the directory Terraform runs in.',
        },
      ],
    });
    const repositoryName = stack.variable({
      name: 'repository_name',
      type: 'string',
      description: `Name of the ECR repository to create and push to: ${nameLength.min} to ${nameLength.max} lower-case letters and digits in path components separated by "/", joined by single ".", "_" or "-" (e.g. my-lambda or team/my-lambda).`,
      validations: [
        {
          condition: `${hclMatches('var.repository_name', ECR_REPOSITORY_NAME_PATTERN)} && length(var.repository_name) >= ${nameLength.min} && length(var.repository_name) <= ${nameLength.max}`,
          errorMessage: `The repository_name value must be an ECR repository name of ${nameLength.min} to ${nameLength.max} characters: lower-case letters and digits, separated by single ".", "_" or "-", in path components joined by "/", such as my-lambda or team/my-lambda.`,
        },
      ],
    });
    const imageTag = stack.variable({
      name: 'image_tag',
      type: 'string',
      default: null,
      description: `Tag to push, such as latest; null pushes a per-content tag, ${defaults.tagPrefix}<${defaults.tagHashLength} hex digits of the content hash>.`,
      validations: [
        {
          condition: `var.image_tag == null || ${hclMatches('coalesce(var.image_tag, "x")', IMAGE_TAG_PATTERN)}`,
          errorMessage:
            'The image_tag value must be null or an image tag of 1 to 128 letters, digits, "_", "." and "-" that does not start with "." or "-".',
        },
      ],
    });
    const dockerfile = stack.variable({
      name: 'dockerfile',
      type: 'string',
      default: defaults.dockerfile,
      nullable: false,
      description:
        'Path of the Dockerfile, relative to source_dir unless absolute; it is hashed on its own, so a Dockerfile outside the context or excluded by .dockerignore still triggers rebuilds.',
      validations: [
        {
          condition: 'length(trimspace(var.dockerfile)) > 0',
          errorMessage:
            'The dockerfile value must be a non-empty path, such as Dockerfile or docker/lambda.Dockerfile.',
        },
      ],
    });
    const buildArgs = stack.variable({
      name: 'build_args',
      type: 'map(string)',
      default: {},
      nullable: false,
      description:
        'Build arguments (Dockerfile ARGs) by name; names are letters, digits and "_", values cannot contain newlines. Changing one rebuilds the image.',
      validations: [
        {
          condition: buildArgsCondition('var.build_args'),
          errorMessage:
            'The build_args value must map ARG names (letters, digits and "_", not starting with a digit) to values without newlines.',
        },
      ],
    });
    const platform = stack.variable({
      name: 'platform',
      type: 'string',
      default: defaults.platform,
      nullable: false,
      description:
        "Platform to build for, matching the function's architecture: linux/amd64 (x86_64) or linux/arm64 (arm64).",
      validations: [
        {
          condition: `contains(${JSON.stringify(LAMBDA_PLATFORMS)}, var.platform)`,
          errorMessage:
            'The platform value must be linux/amd64 (for an x86_64 function) or linux/arm64 (for an arm64 function): Lambda runs no other platform.',
        },
      ],
    });
    const builder = stack.variable({
      name: 'builder',
      type: 'string',
      default: defaults.builder,
      nullable: false,
      description:
        'Container builder: docker (≥ 23 with buildx and a daemon), podman, buildah, or auto (docker when its daemon answers, else podman, else buildah).',
      validations: [
        {
          condition: `contains(${JSON.stringify(IMAGE_BUILDERS)}, var.builder)`,
          errorMessage: `The builder value must be one of ${IMAGE_BUILDERS.join(', ')}.`,
        },
      ],
    });
    const registryLogin = stack.variable({
      name: 'registry_login',
      type: 'string',
      default: defaults.registryLogin,
      nullable: false,
      description:
        'How the builder logs in to ECR: ecr (aws ecr get-login-password, needs the AWS CLI), none (a credential helper or an earlier login), or auto (ecr for an ECR host).',
      validations: [
        {
          condition: `contains(${JSON.stringify(REGISTRY_LOGINS)}, var.registry_login)`,
          errorMessage: `The registry_login value must be one of ${REGISTRY_LOGINS.join(', ')}.`,
        },
      ],
    });
    const awsProfile = stack.variable({
      name: 'aws_profile',
      type: 'string',
      default: null,
      description:
        'AWS CLI profile for the ECR login; null uses the credentials Terraform runs with.',
    });
    const buildEnabled = stack.variable({
      name: 'build_enabled',
      type: 'bool',
      default: defaults.buildEnabled,
      nullable: false,
      description:
        'Whether Terraform builds and pushes the image; false creates only the repository (for CI-pushed images and mock-provider tests), and the digest outputs are then null.',
    });
    const repository = repositoryVariables(stack);

    const image = new LambdaImageBuild(stack, 'image', {
      ...repository,
      sourceDir: sourceDir.stringValue,
      repositoryName: repositoryName.stringValue,
      imageTag: imageTag.stringValue,
      dockerfile: dockerfile.stringValue,
      buildArgs: buildArgs.value as Record<string, string>,
      platform: platform.stringValue,
      builder: builder.stringValue,
      registryLogin: registryLogin.stringValue,
      awsProfile: awsProfile.stringValue,
      buildEnabled: buildEnabled.value as boolean,
      scriptsDir: MODULE_SCRIPTS_DIR,
      address: 'this',
    });

    imageOutputs(stack, {
      repository: image.repository,
      imageTag: image.imageTag,
      imageUri: image.imageUri,
      imageDigest: image.imageDigest,
      imageUriWithDigest: image.imageUriWithDigest,
    });
    stack.output({
      name: 'context_hash',
      description:
        'SHA-256 (hex) of the build context files .dockerignore keeps; the build reruns when it changes.',
      value: image.contextHash,
    });
  },
};
