import type { ModuleStack } from '../internal/module-stack.js';
import type { ImageRepository } from './image-repository.js';

/** What both image modules output. */
export interface ImageOutputValues {
  readonly repository: ImageRepository;
  readonly imageTag: string;
  readonly imageUri: string;
  readonly imageDigest: string;
  readonly imageUriWithDigest: string;
}

/** Declares the outputs both image modules share, with the same names. */
export function imageOutputs(
  stack: ModuleStack,
  values: ImageOutputValues,
): void {
  const repository = values.repository.repository;
  const outputs: [string, string, unknown][] = [
    [
      'repository_url',
      'URL of the ECR repository (<account>.dkr.ecr.<region>.amazonaws.com/<name>).',
      repository.repositoryUrl,
    ],
    ['repository_arn', 'ARN of the ECR repository.', repository.arn],
    ['image_tag', 'Tag of the image in the repository.', values.imageTag],
    [
      'image_uri',
      'URI of the image by tag (<repository_url>:<tag>); a function given a re-pushed tag does not redeploy, so prefer image_uri_with_digest.',
      values.imageUri,
    ],
    [
      'image_digest',
      'Manifest digest (sha256:…) of the pushed image, read from ECR after the push; null when the build or copy is disabled.',
      values.imageDigest,
    ],
    [
      'image_uri_with_digest',
      "URI of the image by digest (<repository_url>@sha256:…), for scheduled-lambda's lambda_image_uri: it changes, and redeploys the function, exactly when the image does. Null when the build or copy is disabled.",
      values.imageUriWithDigest,
    ],
  ];
  for (const [name, description, value] of outputs) {
    stack.output({ name, description, value });
  }
}
