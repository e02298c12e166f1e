import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { renderContextHashLocals } from '../../src/images/context-hash-hcl.js';
import {
  computeContextHash,
  listContextFiles,
} from '../../src/images/context-hash.js';
import { ContextDirectoryError } from '../../src/images/errors.js';
import { makeTempDir, writeTree } from './helpers/fixtures.js';
import { skipReason } from './helpers/tools.js';

const DOCKERIGNORE = [
  '# build output and secrets',
  '',
  '*.log',
  '**/*.tmp',
  '/dist',
  'secret/',
  '!secret/public.pem',
  'docs/**',
  '?.bak',
  '[xy].txt',
  '  node_modules  ',
  '',
].join('\n');

const TREE = {
  '.dockerignore': DOCKERIGNORE,
  Dockerfile: 'FROM scratch\nCOPY . /app\n',
  'app.mjs': 'export const handler = async () => "ok";\n',
  'debug.log': 'noise\n',
  'lib/util.mjs': 'export const x = 1;\n',
  'lib/cache.tmp': 'tmp\n',
  'lib/deep/more.tmp': 'tmp\n',
  'dist/out.js': 'built\n',
  'secret/key.pem': 'private\n',
  'secret/public.pem': 'public\n',
  'docs/a/b.md': '# doc\n',
  'a.bak': 'bak\n',
  'ab.bak': 'kept: two characters\n',
  'x.txt': 'ignored\n',
  'z.txt': 'kept\n',
  'node_modules/pkg/index.js': 'dep\n',
  'Ünïcode name.txt': 'kept\n',
  '.hidden/config': 'kept\n',
};

const KEPT = [
  '.dockerignore',
  '.hidden/config',
  'Dockerfile',
  'ab.bak',
  'app.mjs',
  'lib/util.mjs',
  'secret/public.pem',
  'z.txt',
  'Ünïcode name.txt',
];

describe('computeContextHash', () => {
  let work: string;
  let counter = 0;
  const freshContext = (): string =>
    writeTree(join(work, `ctx-${counter++}`), TREE);

  beforeAll(() => {
    work = makeTempDir('context-hash');
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('lists exactly the files .dockerignore keeps, sorted bytewise', () => {
    const context = freshContext();

    const files = listContextFiles(context);

    expect(files).toEqual(KEPT);
  });

  it('gives the same hash for an unchanged context', () => {
    const first = computeContextHash(freshContext());

    const second = computeContextHash(freshContext());

    expect(second.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(second.sha256).toBe(first.sha256);
  });

  it.each([
    [
      'a kept file changes',
      'app.mjs',
      'export const handler = async () => "changed";\n',
    ],
    ['a kept file is added', 'lib/new.mjs', 'new\n'],
    ['a re-included file changes', 'secret/public.pem', 'rotated\n'],
    [
      '.dockerignore itself changes',
      '.dockerignore',
      `${DOCKERIGNORE}# note\n`,
    ],
  ])('changes the hash when %s', (_case, path, content) => {
    const context = freshContext();
    const before = computeContextHash(context).sha256;

    writeFileSync(join(context, path), content);

    expect(computeContextHash(context).sha256).not.toBe(before);
  });

  it.each([
    ['an ignored file changes', 'debug.log', 'more noise\n'],
    ['an ignored folder gains a file', 'node_modules/other/index.js', 'dep\n'],
    ['a file under an ignored parent changes', 'secret/key.pem', 'rotated\n'],
    ['a **-ignored file is added', 'lib/a/b/c.tmp', 'tmp\n'],
  ])('keeps the hash when %s', (_case, path, content) => {
    const context = freshContext();
    const before = computeContextHash(context).sha256;

    mkdirSync(join(context, path, '..'), { recursive: true });
    writeFileSync(join(context, path), content);

    expect(computeContextHash(context).sha256).toBe(before);
  });

  it('fails with ContextDirectoryError for a missing folder', () => {
    const missing = join(work, 'missing');

    expect(() => computeContextHash(missing)).toThrow(ContextDirectoryError);
    expect(() => computeContextHash(missing)).toThrow(
      `build context ${missing} does not exist`,
    );
  });
});

const terraformReason = skipReason(['terraform']);

describe.skipIf(terraformReason !== undefined)(
  `contextHashLocals ${terraformReason ?? ''}`,
  () => {
    it('computes in Terraform the same files and hash as computeContextHash', () => {
      const work = makeTempDir('context-hash-tf');
      const context = writeTree(join(work, 'ctx'), TREE);
      const config = join(work, 'tf');
      mkdirSync(config);
      writeFileSync(join(work, 'cli.tfrc'), '');
      writeFileSync(
        join(config, 'main.tf'),
        [
          'variable "source_dir" {',
          '  type = string',
          '}',
          renderContextHashLocals({ contextDir: 'var.source_dir' }),
          'output "files" {',
          '  value = local.context_files',
          '}',
          'output "hash" {',
          '  value = local.context_hash',
          '}',
          '',
        ].join('\n'),
      );
      const env = {
        ...process.env,
        TF_CLI_CONFIG_FILE: join(work, 'cli.tfrc'),
        TF_IN_AUTOMATION: '1',
        CHECKPOINT_DISABLE: '1',
        TF_VAR_source_dir: context,
      };
      const terraform = (...args: string[]) =>
        spawnSync('terraform', [`-chdir=${config}`, ...args], {
          encoding: 'utf8',
          env,
          timeout: 30_000,
        });

      const init = terraform('init', '-input=false', '-no-color');
      const apply = terraform(
        'apply',
        '-auto-approve',
        '-input=false',
        '-no-color',
      );
      const output = terraform('output', '-json');

      try {
        expect(init.status, init.stderr).toBe(0);
        expect(apply.status, apply.stderr).toBe(0);
        const outputs = JSON.parse(output.stdout) as Record<
          string,
          { value: unknown }
        >;
        const expected = computeContextHash(context);
        expect(outputs.files?.value).toEqual(expected.files);
        expect(outputs.hash?.value).toBe(expected.sha256);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  },
);
