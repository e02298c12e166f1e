import {
  CreateBucketCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  startFauxqs,
  localClientConfig,
  type LocalFauxqs,
} from '../../../src/local-cloud/index.js';
import { TemplateSourceError } from '../../src/errors.js';
import { TemplateLoader } from '../../src/templates/template-loader.js';
import { TemplateRenderer } from '../../src/templates/template-renderer.js';

describe('S3 template source (fauxqs S3)', () => {
  let fauxqs: LocalFauxqs;
  let s3: S3Client;
  const statuses: (number | undefined)[] = [];

  beforeAll(async () => {
    fauxqs = await startFauxqs();
    s3 = new S3Client({
      ...localClientConfig(fauxqs.endpoint),
      forcePathStyle: true,
    });
    s3.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'GetObjectCommand') return next(args);
        try {
          const result = await next(args);
          statuses.push(
            (result.response as { statusCode?: number }).statusCode,
          );
          return result;
        } catch (error) {
          statuses.push(
            (error as { $metadata?: { httpStatusCode?: number } }).$metadata
              ?.httpStatusCode,
          );
          throw error;
        }
      },
      { step: 'deserialize', name: 'recordStatus' },
    );
    await s3.send(new CreateBucketCommand({ Bucket: 'templates' }));
  });

  afterAll(async () => {
    s3.destroy();
    await fauxqs.stop();
  });

  async function put(key: string, body: string) {
    await s3.send(
      new PutObjectCommand({ Bucket: 'templates', Key: key, Body: body }),
    );
  }

  it('revalidates by ETag: 304 keeps the compiled template, a new object is recompiled', async () => {
    await put('subject.txt', 'v1 {{ n }}');
    let now = 0;
    const renderer = new TemplateRenderer(
      new TemplateLoader({ s3, s3RevalidateMs: 1000, now: () => now }),
    );
    const source = 's3://templates/subject.txt';

    const first = await renderer.render(source, 'text', { n: 1 });
    now = 500;
    const cached = await renderer.render(source, 'text', { n: 2 });
    now = 1500;
    const revalidated = await renderer.render(source, 'text', { n: 3 });
    await put('subject.txt', 'v2 {{ n }}');
    now = 3000;
    const updated = await renderer.render(source, 'text', { n: 4 });

    expect([first, cached, revalidated, updated]).toEqual([
      'v1 1',
      'v1 2',
      'v1 3',
      'v2 4',
    ]);
    expect(statuses.slice(-3)).toEqual([200, 304, 200]);
  });

  it.each([
    [
      'a missing object',
      's3://templates/nope.txt',
      /could not be read from S3/,
    ],
    [
      'an object over the size cap',
      's3://templates/big.txt',
      /size cap of 64 bytes/,
    ],
  ])('rejects %s naming the source', async (_case, source, message) => {
    await put('big.txt', 'x'.repeat(100));
    const loader = new TemplateLoader({ s3, maxBytes: 64 });

    const load = loader.load(source);

    await expect(load).rejects.toThrow(TemplateSourceError);
    await expect(load).rejects.toThrow(message);
    await expect(load).rejects.toMatchObject({
      context: { template_source: source },
    });
  });
});
