import { checkPattern } from '../internal/prop-checks.js';
import type { ImageRepositoryOptions } from '../lambda-image-build/image-repository.js';
import {
  COPY_TOOLS,
  IMAGE_DIGEST_PATTERN,
  IMAGE_TAG_PATTERN,
  LAMBDA_PLATFORMS,
  REGISTRY_LOGINS,
  REGISTRY_REPOSITORY_PATTERN,
} from '../lambda-image-build/image-patterns.js';
import { checkOneOf } from '../lambda-image-build/lambda-image-build-props.js';

/** Props of {@link LambdaImageRepublish}. */
export interface LambdaImageRepublishProps extends ImageRepositoryOptions {
  /** The source repository with its registry host, without tag or digest. */
  readonly sourceLambdaRepo: string;
  /**
   * The source tag. With a digest too, the digest decides what is copied.
   *
   * @default none: give `sourceLambdaDigest`
   */
  readonly sourceLambdaTag?: string;
  /**
   * The source digest (`sha256:…`); pinning it is what makes a moved source
   * tag re-copy.
   *
   * @default none: the tag is copied
   */
  readonly sourceLambdaDigest?: string;
  /**
   * The repository to create in the provider's account and region.
   *
   * @default the source repository's path, e.g. `my-lambda`
   */
  readonly destinationRepositoryName?: string;
  /**
   * The destination tag.
   *
   * @default the source tag, else `sha256-<hex>` of the source digest
   */
  readonly destinationImageTag?: string;
  /** @default 'linux/amd64' */
  readonly platform?: string;
  /** `skopeo`, `crane`, `docker` or `auto`. @default 'auto' */
  readonly copyTool?: string;
  /** `ecr`, `none` or `auto`, for the source registry. @default 'auto' */
  readonly sourceRegistryLogin?: string;
  /** `ecr`, `none` or `auto`, for ECR. @default 'auto' */
  readonly destinationRegistryLogin?: string;
  /** AWS CLI profile for the source login. @default ambient credentials */
  readonly sourceAwsProfile?: string;
  /** AWS CLI profile for the destination login. @default ambient */
  readonly destinationAwsProfile?: string;
  /** Whether Terraform copies the image. @default true */
  readonly copyEnabled?: boolean;
  /** Folder of the image programs. @default the package's own */
  readonly scriptsDir?: string;
  /** Terraform name of the primary resources. @default the construct id */
  readonly address?: string;
}

/** Defaults of {@link LambdaImageRepublishProps}. */
export const LAMBDA_IMAGE_REPUBLISH_DEFAULTS = {
  platform: 'linux/amd64',
  copyTool: 'auto',
  registryLogin: 'auto',
  copyEnabled: true,
} as const;

/** Synth-time checks of the props the copy uses. */
export function validateRepublishProps(props: LambdaImageRepublishProps): void {
  checkPattern(
    'sourceLambdaRepo',
    props.sourceLambdaRepo,
    REGISTRY_REPOSITORY_PATTERN,
    {
      rule: 'must be a repository with its registry host and no tag or digest',
      fix: 'use a value such as 123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda',
    },
  );
  checkPattern('sourceLambdaTag', props.sourceLambdaTag, IMAGE_TAG_PATTERN, {
    rule: 'must be an image tag',
    fix: 'use a tag such as latest',
  });
  checkPattern(
    'sourceLambdaDigest',
    props.sourceLambdaDigest,
    IMAGE_DIGEST_PATTERN,
    { rule: 'must be sha256:<64 hex digits>', fix: 'copy the digest whole' },
  );
  checkOneOf('platform', props.platform, LAMBDA_PLATFORMS);
  checkOneOf('copyTool', props.copyTool, COPY_TOOLS);
  checkOneOf('sourceRegistryLogin', props.sourceRegistryLogin, REGISTRY_LOGINS);
  checkOneOf(
    'destinationRegistryLogin',
    props.destinationRegistryLogin,
    REGISTRY_LOGINS,
  );
}
