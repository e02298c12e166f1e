import type { ModuleStack } from '../internal/module-stack.js';
import { hclMatches } from '../internal/patterns.js';
import {
  IMAGE_REPOSITORY_DEFAULTS as defaults,
  KEEP_LAST_IMAGES_MAX,
  type ImageRepositoryOptions,
} from './image-repository.js';
import { KMS_KEY_ARN_PATTERN, TAG_MUTABILITIES } from './image-patterns.js';

/**
 * Declares the ECR repository inputs both image modules share and returns
 * them as {@link ImageRepositoryOptions}.
 */
export function repositoryVariables(
  stack: ModuleStack,
): ImageRepositoryOptions {
  const scanOnPush = stack.variable({
    name: 'scan_on_push',
    type: 'bool',
    default: defaults.scanOnPush,
    nullable: false,
    description:
      'Whether ECR scans each image for known vulnerabilities when it is pushed (basic scanning).',
  });
  const mutability = stack.variable({
    name: 'image_tag_mutability',
    type: 'string',
    default: defaults.imageTagMutability,
    nullable: false,
    description:
      'Tag mutability of the repository: MUTABLE, or IMMUTABLE so a pushed tag can never point at other content (every push then needs a new tag).',
    validations: [
      {
        condition: `contains(${JSON.stringify(TAG_MUTABILITIES)}, var.image_tag_mutability)`,
        errorMessage:
          'The image_tag_mutability value must be MUTABLE or IMMUTABLE.',
      },
    ],
  });
  const keepLast = stack.variable({
    name: 'keep_last_images',
    type: 'number',
    default: defaults.keepLastImages,
    nullable: false,
    description: `How many of the newest images the repository's lifecycle policy keeps, from 1 to ${KEEP_LAST_IMAGES_MAX}; older images expire. 0 creates no lifecycle policy. Keep more than one, so that a function can roll back to the previous image.`,
    validations: [
      {
        condition: `floor(var.keep_last_images) == var.keep_last_images && var.keep_last_images >= 0 && var.keep_last_images <= ${KEEP_LAST_IMAGES_MAX}`,
        errorMessage: `The keep_last_images value must be a whole number from 0 (no lifecycle policy) to ${KEEP_LAST_IMAGES_MAX}.`,
      },
    ],
  });
  const kmsKeyArn = stack.variable({
    name: 'kms_key_arn',
    type: 'string',
    default: null,
    description:
      'ARN of a KMS key to encrypt the images with; null uses AES-256 with a key ECR owns. Changing it replaces the repository.',
    validations: [
      {
        condition: `var.kms_key_arn == null || ${hclMatches('coalesce(var.kms_key_arn, "-")', KMS_KEY_ARN_PATTERN)}`,
        errorMessage:
          'The kms_key_arn value must be null or a KMS key ARN such as arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab (not an alias).',
      },
    ],
  });
  const forceDelete = stack.variable({
    name: 'force_delete',
    type: 'bool',
    default: defaults.forceDelete,
    nullable: false,
    description:
      'Whether destroying the module deletes the repository even when it still holds images; false makes the destroy fail instead.',
  });

  return {
    scanOnPush: scanOnPush.value as boolean,
    imageTagMutability: mutability.stringValue,
    keepLastImages: keepLast.numberValue,
    kmsKeyArn: kmsKeyArn.stringValue,
    forceDelete: forceDelete.value as boolean,
  };
}
