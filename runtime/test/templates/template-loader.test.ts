import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TemplateSourceError } from '../../src/errors.js';
import { TemplateLoader } from '../../src/templates/template-loader.js';

describe('TemplateLoader', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'lambdacron-templates-'));
    await writeFile(join(root, 'subject.txt'), 'Report {{ day }}');
    await writeFile(join(root, 'big.txt'), 'x'.repeat(2048));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.each([
    ['inline:Hi {{ a }}', 'Hi {{ a }}'],
    ['env:MY_TEMPLATE', 'From env {{ a }}'],
    ['file:subject.txt', 'Report {{ day }}'],
  ])('loads %s', async (source, expected) => {
    const loader = new TemplateLoader({
      env: { MY_TEMPLATE: 'From env {{ a }}' },
      taskRoot: root,
    });

    const loaded = await loader.load(source);

    expect(loaded).toEqual({ text: expected, version: 'static' });
  });

  it('resolves relative file paths from LAMBDA_TASK_ROOT', async () => {
    const loader = new TemplateLoader({ env: { LAMBDA_TASK_ROOT: root } });

    const loaded = await loader.load('file:subject.txt');

    expect(loaded.text).toBe('Report {{ day }}');
  });

  it.each([
    ['an unset environment variable', 'env:NOT_SET', /not set/],
    ['a missing file', 'file:nope.txt', /could not be read/],
    ['a file over the size cap', 'file:big.txt', /size cap of 1024 bytes/],
  ])(
    'rejects %s with an error naming the source',
    async (_case, source, message) => {
      const loader = new TemplateLoader({
        env: {},
        taskRoot: root,
        maxBytes: 1024,
      });

      const load = loader.load(source);

      await expect(load).rejects.toThrow(TemplateSourceError);
      await expect(load).rejects.toThrow(message);
      await expect(load).rejects.toMatchObject({
        context: { template_source: source },
      });
    },
  );
});
