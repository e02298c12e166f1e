import { join } from 'node:path';

import { Construct } from 'constructs';

import { DataAwsEcrImage } from '../internal/aws.js';
import {
  DataResource,
  Fn,
  Token,
  type TerraformLocal,
} from '../internal/cdktf.js';
import { hclMatches } from '../internal/patterns.js';
import { IMAGE_SCRIPTS_DIR, IMAGE_SCRIPT_FILES } from '../images/index.js';
import { ECR_REPOSITORY_NAME_PATTERN } from '../lambda-image-build/image-patterns.js';
import { ImageRepository } from '../lambda-image-build/image-repository.js';
import { orEmpty } from '../lambda-image-build/lambda-image-build.js';
import { TerraformNames } from '../lambda-image-build/terraform-names.js';
import {
  LAMBDA_IMAGE_REPUBLISH_DEFAULTS as defaults,
  validateRepublishProps,
  type LambdaImageRepublishProps,
} from './lambda-image-republish-props.js';

const hcl = TerraformNames.hcl;

/**
 * Copies a Lambda image from any registry (another account's or region's
 * ECR included) into a new ECR repository in the provider's account and
 * region, by digest, with skopeo or crane (docker as a fallback), through
 * `terraform_data` + `local-exec` running `copy-image.sh copy`. Lambda
 * pulls only from ECR in the function's own region, hence the copy.
 *
 * The copy is replaced when the source reference (repository, tag and
 * digest), the destination reference or the platform changes; pin
 * `sourceLambdaDigest` to re-copy when a source tag moves.
 *
 * @example
 * const image = new LambdaImageRepublish(this, 'image', {
 *   sourceLambdaRepo: '123456789012.dkr.ecr.us-east-1.amazonaws.com/my-lambda',
 *   sourceLambdaTag: 'v1',
 * });
 * image.imageUriWithDigest; // for ScheduledLambda's lambdaImageUri
 */
export class LambdaImageRepublish extends Construct {
  /** The destination repository and its lifecycle policy. */
  public readonly repository: ImageRepository;

  /** The copy step (count 0 when the copy is disabled). */
  public readonly copy: DataResource;

  /** The copied image, read from ECR after the copy. */
  public readonly copiedImage: DataAwsEcrImage;

  /** The image copied from, `repo:tag`, `repo@digest` or both. */
  public readonly sourceImage: string;

  /** Name of the destination repository. */
  public readonly repositoryName: string;

  /** The destination tag. */
  public readonly imageTag: string;

  /** `<repository_url>:<tag>` of the copy. */
  public readonly imageUri: string;

  /** Digest of the copy; null when the copy is disabled. */
  public readonly imageDigest: string;

  /** `<repository_url>@<digest>` of the copy; null when disabled. */
  public readonly imageUriWithDigest: string;

  /** The environment `local-exec` gives copy-image.sh. */
  public readonly copyEnvironment: TerraformLocal;

  constructor(scope: Construct, id: string, props: LambdaImageRepublishProps) {
    super(scope, id);
    validateRepublishProps(props);
    const names = new TerraformNames(this, props.address);
    const enabled = props.copyEnabled ?? defaults.copyEnabled;
    const platform = props.platform ?? defaults.platform;

    names.local('source', {
      repo: props.sourceLambdaRepo,
      tag: props.sourceLambdaTag ?? null,
      digest: props.sourceLambdaDigest ?? null,
      dest_repo: props.destinationRepositoryName ?? null,
      dest_tag: props.destinationImageTag ?? null,
    });
    const s = `local.${names.localName('source')}`;
    this.sourceImage = names.local(
      'source_image',
      hcl(
        `join("", [${s}.repo, ${s}.tag == null ? "" : ":${hcl(`${s}.tag`)}", ${s}.digest == null ? "" : "@${hcl(`${s}.digest`)}"])`,
      ),
    ).asString;
    this.repositoryName = names.local(
      'repository_name',
      hcl(
        `${s}.dest_repo != null ? ${s}.dest_repo : join("/", slice(split("/", ${s}.repo), 1, length(split("/", ${s}.repo))))`,
      ),
    ).asString;
    this.imageTag = names.local(
      'image_tag',
      hcl(
        `${s}.dest_tag != null ? ${s}.dest_tag : (${s}.tag != null ? ${s}.tag : replace(coalesce(${s}.digest, "sha256:none"), ":", "-"))`,
      ),
    ).asString;

    this.repository = new ImageRepository(this, 'repository', {
      ...props,
      repositoryName: this.repositoryName,
      address: names.address,
      preconditions: [
        {
          condition: hcl(`${s}.tag != null || ${s}.digest != null`),
          errorMessage:
            'The source_lambda_tag and source_lambda_digest values must not both be null: give the tag to copy, or the digest to pin.',
        },
        {
          condition: hcl(
            `${hclMatches(`local.${names.localName('repository_name')}`, ECR_REPOSITORY_NAME_PATTERN)} && length(local.${names.localName('repository_name')}) >= 2 && length(local.${names.localName('repository_name')}) <= 256`,
          ),
          errorMessage: `The destination repository name must be an ECR repository name (2 to 256 lower-case characters), but ${hcl(`local.${names.localName('repository_name')}`)} is not; set destination_repository_name.`,
        },
      ],
    });
    const repositoryUrl = this.repository.repository.repositoryUrl;
    this.imageUri = names.local(
      'image_uri',
      `${repositoryUrl}:${this.imageTag}`,
    ).asString;

    this.copyEnvironment = names.local('copy_environment', {
      LAMBDACRON_SOURCE_IMAGE: this.sourceImage,
      LAMBDACRON_DEST_IMAGE: this.imageUri,
      LAMBDACRON_PLATFORM: platform,
      LAMBDACRON_COPY_TOOL: props.copyTool ?? defaults.copyTool,
      LAMBDACRON_SOURCE_LOGIN:
        props.sourceRegistryLogin ?? defaults.registryLogin,
      LAMBDACRON_DEST_LOGIN:
        props.destinationRegistryLogin ?? defaults.registryLogin,
      LAMBDACRON_SOURCE_AWS_PROFILE: orEmpty(props.sourceAwsProfile),
      LAMBDACRON_DEST_AWS_PROFILE: orEmpty(props.destinationAwsProfile),
    });
    const triggers = names.local('copy_triggers', {
      source: this.sourceImage,
      destination: this.imageUri,
      platform,
    });

    const script = join(
      props.scriptsDir ?? IMAGE_SCRIPTS_DIR,
      IMAGE_SCRIPT_FILES.copyImage,
    );
    this.copy = new DataResource(this, 'copy', {
      count: Token.asNumber(Fn.conditional(enabled, 1, 0)),
      triggersReplace: triggers.expression,
      input: { image_uri: this.imageUri },
      provisioners: [
        {
          type: 'local-exec',
          command: `sh '${script}' copy`,
          environment: this.copyEnvironment.expression as Record<
            string,
            string
          >,
        },
      ],
    });
    this.copy.overrideLogicalId(names.address);

    // As in LambdaImageBuild: ask ECR for the digest once the copy is done.
    this.copiedImage = new DataAwsEcrImage(this, 'copied_image', {
      count: Token.asNumber(Fn.conditional(enabled, 1, 0)),
      repositoryName: this.repository.repository.name,
      imageTag: this.imageTag,
      dependsOn: [this.copy],
    });
    this.copiedImage.overrideLogicalId(names.address);
    const image = `data.aws_ecr_image.${names.address}`;
    const repository = `aws_ecr_repository.${names.address}`;
    this.imageDigest = hcl(`one(${image}[*].image_digest)`);
    this.imageUriWithDigest = hcl(
      `one([for image in ${image} : "${hcl(`${repository}.repository_url`)}@${hcl('image.image_digest')}"])`,
    );
  }
}
