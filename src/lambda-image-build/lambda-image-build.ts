import { join } from 'node:path';

import { Construct } from 'constructs';

import { DataAwsEcrImage } from '../internal/aws.js';
import {
  DataResource,
  Fn,
  Op,
  Token,
  type TerraformLocal,
} from '../internal/cdktf.js';
import {
  IMAGE_SCRIPTS_DIR,
  IMAGE_SCRIPT_FILES,
  contextHashLocals,
} from '../images/index.js';
import { ImageRepository } from './image-repository.js';
import {
  LAMBDA_IMAGE_BUILD_DEFAULTS as defaults,
  validateBuildProps,
  type LambdaImageBuildProps,
} from './lambda-image-build-props.js';
import { TerraformNames } from './terraform-names.js';

const hcl = TerraformNames.hcl;

/**
 * Builds a Lambda container image from a Dockerfile and pushes it to a new
 * ECR repository, through `terraform_data` + `local-exec` running
 * `build-and-push.sh`. The build is replaced only when the content changes:
 * its trigger is the `.dockerignore`-aware hash of the build context, the
 * Dockerfile's hash, the build arguments, the platform and the image
 * reference, all known at plan time. After the push, `aws_ecr_image` reads
 * the pushed digest back from ECR, so {@link imageUriWithDigest} changes
 * exactly when the image does.
 *
 * @example
 * const image = new LambdaImageBuild(this, 'task_image', {
 *   sourceDir: './task',
 *   repositoryName: 'my-task',
 * });
 * new ScheduledLambda(this, 'task', {
 *   lambdaImageUri: image.imageUriWithDigest,
 *   // …
 * });
 */
export class LambdaImageBuild extends Construct {
  /** The repository and its lifecycle policy. */
  public readonly repository: ImageRepository;

  /** The build step (count 0 when the build is disabled). */
  public readonly build: DataResource;

  /** The pushed image, read from ECR after the build (count as `build`). */
  public readonly pushedImage: DataAwsEcrImage;

  /** SHA-256 (hex) of the build context's files, honouring .dockerignore. */
  public readonly contextHash: string;

  /** The tag pushed. */
  public readonly imageTag: string;

  /** `<repository_url>:<tag>`. */
  public readonly imageUri: string;

  /** The pushed manifest digest; null when the build is disabled. */
  public readonly imageDigest: string;

  /** `<repository_url>@<digest>`; null when the build is disabled. */
  public readonly imageUriWithDigest: string;

  /** The environment `local-exec` gives build-and-push.sh. */
  public readonly buildEnvironment: TerraformLocal;

  constructor(scope: Construct, id: string, props: LambdaImageBuildProps) {
    super(scope, id);
    validateBuildProps(props);
    const names = new TerraformNames(this, props.address);
    const enabled = props.buildEnabled ?? defaults.buildEnabled;
    const platform = props.platform ?? defaults.platform;
    const dockerfile = props.dockerfile ?? defaults.dockerfile;

    const sourceDir = names.local('source_dir', props.sourceDir);
    const context = contextHashLocals({
      contextDir: `local.${names.localName('source_dir')}`,
      prefix: names.localName('context'),
    });
    let contextHash: TerraformLocal | undefined;
    for (const [name, expression] of Object.entries(context)) {
      contextHash = names.local(
        name.slice(names.localName('').length),
        hcl(expression),
      );
    }
    this.contextHash = contextHash!.asString;
    const dockerfilePath = names.local(
      'dockerfile_path',
      Fn.conditional(
        Fn.startswith(dockerfile, '/'),
        dockerfile,
        Fn.join('/', [sourceDir.asString, dockerfile]),
      ),
    );
    const dockerfileSha256 = names.local(
      'dockerfile_sha256',
      Fn.conditional(
        Fn.fileexists(dockerfilePath.asString),
        Fn.filesha256(dockerfilePath.asString),
        '',
      ),
    );
    const buildArgs = names.local('build_args', props.buildArgs ?? {});
    const contentHash = names.local(
      'content_hash',
      Fn.sha256(
        Fn.jsonencode({
          context: this.contextHash,
          dockerfile: dockerfileSha256.asString,
          build_args: buildArgs.expression,
          platform,
        }),
      ),
    );
    const derivedTag = Fn.join('', [
      defaults.tagPrefix,
      Fn.substr(contentHash.asString, 0, defaults.tagHashLength),
    ]);
    this.imageTag = names.local(
      'image_tag',
      props.imageTag === undefined
        ? derivedTag
        : Fn.conditional(
            Op.eq(props.imageTag, Token.nullValue()),
            derivedTag,
            props.imageTag,
          ),
    ).asString;

    this.repository = new ImageRepository(this, 'repository', {
      ...props,
      address: names.address,
      preconditions: [
        {
          condition: Fn.fileexists(dockerfilePath.asString),
          errorMessage: `The source_dir and dockerfile values must name an existing Dockerfile, but ${hcl(`local.${names.localName('dockerfile_path')}`)} does not exist (dockerfile is relative to source_dir unless absolute).`,
        },
        ...immutableTagRule(props),
      ],
    });
    const repositoryUrl = this.repository.repository.repositoryUrl;
    this.imageUri = names.local(
      'image_uri',
      `${repositoryUrl}:${this.imageTag}`,
    ).asString;

    this.buildEnvironment = names.local('build_environment', {
      LAMBDACRON_SOURCE_DIR: sourceDir.asString,
      LAMBDACRON_IMAGE: this.imageUri,
      LAMBDACRON_DOCKERFILE: dockerfile,
      LAMBDACRON_BUILD_ARGS: Fn.join(
        '\n',
        Fn.formatlist('%s=%s', [
          Fn.keys(buildArgs.expression),
          Fn.values(buildArgs.expression),
        ]),
      ),
      LAMBDACRON_PLATFORM: platform,
      LAMBDACRON_BUILDER: props.builder ?? defaults.builder,
      LAMBDACRON_REGISTRY_LOGIN: props.registryLogin ?? defaults.registryLogin,
      LAMBDACRON_AWS_PROFILE: orEmpty(props.awsProfile),
    });
    const triggers = names.local('build_triggers', {
      context: this.contextHash,
      dockerfile: dockerfileSha256.asString,
      build_args: Fn.jsonencode(buildArgs.expression),
      platform,
      image: this.imageUri,
    });

    const script = join(
      props.scriptsDir ?? IMAGE_SCRIPTS_DIR,
      IMAGE_SCRIPT_FILES.buildAndPush,
    );
    this.build = new DataResource(this, 'build', {
      count: Token.asNumber(Fn.conditional(enabled, 1, 0)),
      triggersReplace: triggers.expression,
      input: { image_uri: this.imageUri },
      provisioners: [
        {
          type: 'local-exec',
          command: `sh '${script}'`,
          environment: this.buildEnvironment.expression as Record<
            string,
            string
          >,
        },
      ],
    });
    this.build.overrideLogicalId(names.address);

    // Read after the build (depends_on defers the read to the apply when a
    // build is planned): Terraform cannot read back a file the same apply
    // writes, but it can ask ECR what the tag now points at.
    this.pushedImage = new DataAwsEcrImage(this, 'pushed_image', {
      count: Token.asNumber(Fn.conditional(enabled, 1, 0)),
      repositoryName: this.repository.repository.name,
      imageTag: this.imageTag,
      dependsOn: [this.build],
    });
    this.pushedImage.overrideLogicalId(names.address);
    const image = `data.aws_ecr_image.${names.address}`;
    const repository = `aws_ecr_repository.${names.address}`;
    this.imageDigest = hcl(`one(${image}[*].image_digest)`);
    this.imageUriWithDigest = hcl(
      `one([for image in ${image} : "${hcl(`${repository}.repository_url`)}@${hcl('image.image_digest')}"])`,
    );
  }
}

function immutableTagRule(props: LambdaImageBuildProps) {
  if (props.imageTag === undefined) {
    return [];
  }

  return [
    {
      condition: Op.or(
        Op.neq(props.imageTagMutability ?? 'MUTABLE', 'IMMUTABLE'),
        Op.eq(props.imageTag, Token.nullValue()),
      ),
      errorMessage:
        'The image_tag value must be null when image_tag_mutability is IMMUTABLE: a rebuild pushes its tag again, which an immutable repository refuses. Leave image_tag null to get a per-content tag.',
    },
  ];
}

/** `value`, or an empty string when it is absent or null. */
export function orEmpty(value: string | undefined): string {
  if (value === undefined) {
    return '';
  }

  return Token.asString(
    Fn.conditional(Op.eq(value, Token.nullValue()), '', value),
  );
}
