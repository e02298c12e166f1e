import type { GetObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';

import { TemplateSourceError } from '../../errors.js';
import { readCapped } from './read-capped.js';

/** The part of an S3 client the loader uses. */
export type S3Getter = Pick<S3Client, 'send'>;

/** A template fetched from S3 and the ETag it was fetched at. */
export interface S3Template {
  readonly text: string;
  readonly etag: string;
}

function statusOf(error: unknown): number | undefined {
  const metadata = (error as { $metadata?: { httpStatusCode?: number } })
    ?.$metadata;

  return metadata?.httpStatusCode;
}

/**
 * Fetches `s3://bucket/key`. With `cached`, asks S3 with `If-None-Match` and
 * returns the cached template on 304 Not Modified.
 */
export async function loadS3Template(
  s3: S3Getter,
  bucket: string,
  key: string,
  maxBytes: number,
  describedSource: string,
  cached?: S3Template,
): Promise<S3Template> {
  // Imported on first use: the client module is only needed for s3:// sources.
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  let output: GetObjectCommandOutput;
  try {
    output = await s3.send(
      new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        IfNoneMatch: cached?.etag,
      }),
    );
  } catch (error) {
    const status = statusOf(error);
    if (cached && status === 304) {
      return cached;
    }
    throw new TemplateSourceError(
      'Template object could not be read from S3.',
      {
        cause: error,
        permanent: status !== undefined && status < 500 && status !== 429,
        context: { template_source: describedSource, status },
      },
    );
  }

  if ((output.ContentLength ?? 0) > maxBytes) {
    throw new TemplateSourceError(
      `Template source exceeds the size cap of ${maxBytes} bytes.`,
      { context: { template_source: describedSource, max_bytes: maxBytes } },
    );
  }
  const text = await readCapped(
    output.Body as AsyncIterable<Uint8Array>,
    maxBytes,
    describedSource,
  );

  return { text, etag: output.ETag ?? '' };
}
