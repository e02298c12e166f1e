import { Construct } from 'constructs';

import { EcrLifecyclePolicy, EcrRepository } from '../internal/aws.js';
import { Fn, Op, Token } from '../internal/cdktf.js';
import { checkPattern, checkRange } from '../internal/prop-checks.js';
import { knownValue } from '../internal/tokens.js';
import { LambdaCronValidationError } from '../internal/validation-error.js';
import {
  ECR_REPOSITORY_NAME_LENGTH,
  ECR_REPOSITORY_NAME_PATTERN,
  KMS_KEY_ARN_PATTERN,
  TAG_MUTABILITIES,
} from './image-patterns.js';

/** Settings of the ECR repository an image module pushes to. */
export interface ImageRepositoryOptions {
  /**
   * Whether ECR scans each image for vulnerabilities when it is pushed.
   *
   * @default true
   */
  readonly scanOnPush?: boolean;
  /**
   * `MUTABLE` or `IMMUTABLE`. With immutable tags every push needs a new
   * tag, so leave the image tag to the module (a per-content tag).
   *
   * @default 'MUTABLE'
   */
  readonly imageTagMutability?: string;
  /**
   * How many images the lifecycle policy keeps (the newest); older ones
   * expire. 0 creates no lifecycle policy.
   *
   * @default 10
   */
  readonly keepLastImages?: number;
  /**
   * ARN of a KMS key to encrypt images with.
   *
   * @default AES-256 encryption with a key ECR owns
   */
  readonly kmsKeyArn?: string;
  /**
   * Whether destroying the repository also deletes the images in it.
   *
   * @default false (destroy fails while images remain)
   */
  readonly forceDelete?: boolean;
}

/** Props of {@link ImageRepository}. */
export interface ImageRepositoryProps extends ImageRepositoryOptions {
  /** Name of the repository, e.g. `my-lambda` or `team/my-lambda`. */
  readonly repositoryName: string;
  /**
   * Terraform name of the repository and its lifecycle policy.
   *
   * @default derived from the construct path
   */
  readonly address?: string;
  /** Plan-time checks across inputs, added to the repository. */
  readonly preconditions?: readonly {
    condition: unknown;
    errorMessage: string;
  }[];
}

/** Defaults of {@link ImageRepositoryOptions}. */
export const IMAGE_REPOSITORY_DEFAULTS = {
  scanOnPush: true,
  imageTagMutability: 'MUTABLE',
  keepLastImages: 10,
  forceDelete: false,
} as const;

/** ECR's largest `countNumber` we accept for the lifecycle rule. */
export const KEEP_LAST_IMAGES_MAX = 10_000;

/**
 * An ECR repository for Lambda images: scan on push, a lifecycle policy
 * keeping the newest N images, optional immutable tags and KMS encryption.
 *
 * @example
 * new ImageRepository(this, 'repository', { repositoryName: 'my-lambda' });
 */
export class ImageRepository extends Construct {
  /** The repository. */
  public readonly repository: EcrRepository;

  /** The lifecycle policy (count 0 when `keepLastImages` is 0). */
  public readonly lifecyclePolicy: EcrLifecyclePolicy;

  constructor(scope: Construct, id: string, props: ImageRepositoryProps) {
    super(scope, id);
    validateRepositoryProps(props);

    const kmsKeyArn = props.kmsKeyArn;
    const keepLast =
      props.keepLastImages ?? IMAGE_REPOSITORY_DEFAULTS.keepLastImages;
    this.repository = new EcrRepository(this, 'repository', {
      name: props.repositoryName,
      imageTagMutability:
        props.imageTagMutability ??
        IMAGE_REPOSITORY_DEFAULTS.imageTagMutability,
      forceDelete: props.forceDelete ?? IMAGE_REPOSITORY_DEFAULTS.forceDelete,
      imageScanningConfiguration: {
        scanOnPush: props.scanOnPush ?? IMAGE_REPOSITORY_DEFAULTS.scanOnPush,
      },
      encryptionConfiguration: [
        kmsKeyArn === undefined
          ? { encryptionType: 'AES256' }
          : {
              encryptionType: Fn.conditional(
                Op.eq(kmsKeyArn, Token.nullValue()),
                'AES256',
                'KMS',
              ),
              kmsKey: kmsKeyArn,
            },
      ],
      lifecycle: props.preconditions?.length
        ? { precondition: [...props.preconditions] }
        : undefined,
    });
    if (props.address) {
      this.repository.overrideLogicalId(props.address);
    }

    this.lifecyclePolicy = new EcrLifecyclePolicy(this, 'lifecycle_policy', {
      count: Token.asNumber(Fn.conditional(Op.gte(keepLast, 1), 1, 0)),
      repository: this.repository.name,
      policy: Fn.jsonencode({
        rules: [
          {
            rulePriority: 1,
            description: 'Keep only the newest images.',
            selection: {
              tagStatus: 'any',
              countType: 'imageCountMoreThan',
              countNumber: keepLast,
            },
            action: { type: 'expire' },
          },
        ],
      }),
    });

    if (props.address) {
      this.lifecyclePolicy.overrideLogicalId(props.address);
    }
  }
}

function validateRepositoryProps(props: ImageRepositoryProps): void {
  checkPattern(
    'repositoryName',
    props.repositoryName,
    ECR_REPOSITORY_NAME_PATTERN,
    {
      rule: 'must be an ECR repository name (lower-case letters and digits separated by single ".", "_", "-" or "/")',
      fix: 'use a name such as my-lambda or team/my-lambda',
    },
  );
  const name = knownValue(props.repositoryName);
  if (
    name !== undefined &&
    (name.length < ECR_REPOSITORY_NAME_LENGTH.min ||
      name.length > ECR_REPOSITORY_NAME_LENGTH.max)
  ) {
    throw new LambdaCronValidationError({
      prop: 'repositoryName',
      value: name,
      rule: `must be ${ECR_REPOSITORY_NAME_LENGTH.min} to ${ECR_REPOSITORY_NAME_LENGTH.max} characters`,
      fix: 'lengthen or shorten it',
    });
  }
  const mutability = knownValue(props.imageTagMutability);
  if (
    mutability !== undefined &&
    !(TAG_MUTABILITIES as readonly string[]).includes(mutability)
  ) {
    throw new LambdaCronValidationError({
      prop: 'imageTagMutability',
      value: mutability,
      rule: `must be one of ${TAG_MUTABILITIES.join(', ')}`,
      fix: 'pick one of them',
    });
  }
  checkRange('keepLastImages', props.keepLastImages, 0, KEEP_LAST_IMAGES_MAX);
  checkPattern('kmsKeyArn', props.kmsKeyArn, KMS_KEY_ARN_PATTERN, {
    rule: 'must be a KMS key ARN',
    fix: 'pass the key ARN (arn:aws:kms:<region>:<account>:key/<id>), not an alias',
  });
}
