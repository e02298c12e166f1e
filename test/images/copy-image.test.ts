import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isolatedBuilderEnv } from './helpers/builder-env.js';
import {
  installFakeAws,
  makeTempDir,
  scratchContext,
  TEST_PASSWORD_BCRYPT,
} from './helpers/fixtures.js';
import { startRegistry } from './helpers/registry.js';
import type { LocalRegistry } from './helpers/registry.js';
import {
  BUILD_AND_PUSH,
  COPY_IMAGE,
  runScript,
  runTool,
  skipReason,
} from './helpers/tools.js';

const reason = skipReason(['buildah', 'skopeo', 'docker-registry']);

interface IndexEntry {
  digest: string;
  platform: { architecture: string };
}

function skopeo(...args: string[]): string {
  return runTool('skopeo', args);
}

function digestOf(ref: string): string {
  return skopeo(
    'inspect',
    '--tls-verify=false',
    '--format',
    '{{.Digest}}',
    `docker://${ref}`,
  ).trim();
}

function tagExists(ref: string): boolean {
  try {
    digestOf(ref);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(reason !== undefined)(`copy-image.sh ${reason ?? ''}`, () => {
  let work: string;
  let registry: LocalRegistry;
  let authRegistry: LocalRegistry;
  let env: Record<string, string>;
  let amd64Source: string;
  let arm64Source: string;
  let indexSource: string;

  const copyEnv = (extra: Record<string, string>): Record<string, string> => ({
    ...env,
    LAMBDACRON_COPY_TOOL: 'skopeo',
    LAMBDACRON_SOURCE_TLS_VERIFY: 'false',
    LAMBDACRON_DEST_TLS_VERIFY: 'false',
    ...extra,
  });

  beforeAll(async () => {
    work = makeTempDir('copy');
    mkdirSync(join(work, 'registry'));
    mkdirSync(join(work, 'auth-registry'));
    registry = await startRegistry(join(work, 'registry'));
    authRegistry = await startRegistry(join(work, 'auth-registry'), {
      username: 'AWS',
      bcryptHash: TEST_PASSWORD_BCRYPT,
    });
    env = isolatedBuilderEnv(join(work, 'builder'));
    const context = scratchContext(join(work, 'context'));

    // Prepare: one image per architecture, and an index holding both.
    for (const arch of ['amd64', 'arm64']) {
      const result = runScript(BUILD_AND_PUSH, [], {
        ...env,
        LAMBDACRON_SOURCE_DIR: context,
        LAMBDACRON_IMAGE: `${registry.host}/source/app:${arch}`,
        LAMBDACRON_PLATFORM: `linux/${arch}`,
        LAMBDACRON_BUILDER: 'buildah',
        LAMBDACRON_TLS_VERIFY: 'false',
      });
      if (result.status !== 0) throw new Error(result.stderr);
    }
    amd64Source = `${registry.host}/source/app:amd64`;
    arm64Source = `${registry.host}/source/app:arm64`;
    indexSource = `${registry.host}/source/app:multi`;
    runTool(
      'sh',
      [
        '-c',
        [
          'set -e',
          'buildah manifest create lambdacron-test-list >/dev/null',
          `buildah manifest add --tls-verify=false lambdacron-test-list docker://${amd64Source} >/dev/null`,
          `buildah manifest add --tls-verify=false lambdacron-test-list docker://${arm64Source} >/dev/null`,
          `buildah manifest push --all --tls-verify=false lambdacron-test-list docker://${indexSource} 2>/dev/null`,
        ].join('\n'),
      ],
      env,
    );
  }, 60_000);

  afterAll(async () => {
    await registry?.stop();
    await authRegistry?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('copies a tagged image byte for byte and reports the destination digest', () => {
    const dest = `${registry.host}/dest/app:v1`;
    const digestFile = join(work, 'copy.digest');

    const result = runScript(
      COPY_IMAGE,
      ['copy'],
      copyEnv({
        LAMBDACRON_SOURCE_IMAGE: amd64Source,
        LAMBDACRON_DEST_IMAGE: dest,
        LAMBDACRON_DIGEST_FILE: digestFile,
      }),
    );

    expect(result.status).toBe(0);
    const digest = digestOf(amd64Source);
    expect(result.stdout).toBe(`${digest}\n`);
    expect(digestOf(dest)).toBe(digest);
    expect(readFileSync(digestFile, 'utf8')).toBe(`${digest}\n`);
  });

  it('copies a digest-pinned source given as flags', () => {
    const digest = digestOf(arm64Source);
    const dest = `${registry.host}/dest/pinned:v1`;

    const result = runScript(
      COPY_IMAGE,
      [
        'copy',
        `--source-image=${registry.host}/source/app@${digest}`,
        '--dest-image',
        dest,
        '--platform',
        'linux/arm64',
      ],
      copyEnv({}),
    );

    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${digest}\n`);
    expect(digestOf(dest)).toBe(digest);
  });

  it.each(['amd64', 'arm64'])(
    'republishes only the linux/%s image of a multi-platform index',
    (arch) => {
      const index = JSON.parse(
        skopeo(
          'inspect',
          '--raw',
          '--tls-verify=false',
          `docker://${indexSource}`,
        ),
      ) as { manifests: IndexEntry[] };
      const entry = index.manifests.find(
        (m) => m.platform.architecture === arch,
      );
      const dest = `${registry.host}/dest/from-index:${arch}`;

      const result = runScript(
        COPY_IMAGE,
        ['copy'],
        copyEnv({
          LAMBDACRON_SOURCE_IMAGE: indexSource,
          LAMBDACRON_DEST_IMAGE: dest,
          LAMBDACRON_PLATFORM: `linux/${arch}`,
        }),
      );

      expect(result.status).toBe(0);
      expect(entry?.digest).toMatch(/^sha256:/);
      expect(result.stdout).toBe(`${entry?.digest}\n`);
      const copied = JSON.parse(
        skopeo('inspect', '--raw', '--tls-verify=false', `docker://${dest}`),
      ) as Record<string, unknown>;
      expect(copied).not.toHaveProperty('manifests');
      expect(
        skopeo(
          'inspect',
          '--tls-verify=false',
          '--format',
          '{{.Architecture}}',
          `docker://${dest}`,
        ).trim(),
      ).toBe(arch);
    },
  );

  it('refuses a source of another architecture before writing the destination', () => {
    const dest = `${registry.host}/dest/wrong-arch:v1`;

    const result = runScript(
      COPY_IMAGE,
      ['copy'],
      copyEnv({
        LAMBDACRON_SOURCE_IMAGE: arm64Source,
        LAMBDACRON_DEST_IMAGE: dest,
        LAMBDACRON_PLATFORM: 'linux/amd64',
      }),
    );

    expect(result.status).toBe(7);
    expect(result.stderr).toContain(
      `copy-image: error: ${arm64Source} is a linux/arm64 image, but linux/amd64 was requested.`,
    );
    expect(tagExists(dest)).toBe(false);
  });

  it('logs in to the source and the destination registries separately', () => {
    const binDir = join(work, 'fake-bin');
    const calls = join(work, 'aws-calls.txt');
    installFakeAws(binDir, calls);
    const authSource = `${authRegistry.host}/source/app:v1`;
    const first = runScript(
      COPY_IMAGE,
      ['copy'],
      copyEnv({
        PATH: `${binDir}:${process.env.PATH ?? ''}`,
        LAMBDACRON_SOURCE_IMAGE: amd64Source,
        LAMBDACRON_DEST_IMAGE: authSource,
        LAMBDACRON_DEST_LOGIN: 'ecr',
        LAMBDACRON_DEST_AWS_REGION: 'us-east-1',
      }),
    );
    const back = `${registry.host}/dest/from-auth:v1`;

    const result = runScript(
      COPY_IMAGE,
      ['copy'],
      copyEnv({
        ...isolatedBuilderEnv(join(work, 'fresh-login')),
        PATH: `${binDir}:${process.env.PATH ?? ''}`,
        LAMBDACRON_COPY_TOOL: 'skopeo',
        LAMBDACRON_SOURCE_IMAGE: authSource,
        LAMBDACRON_SOURCE_LOGIN: 'ecr',
        LAMBDACRON_SOURCE_AWS_REGION: 'eu-central-1',
        LAMBDACRON_SOURCE_AWS_PROFILE: 'source-account',
        LAMBDACRON_DEST_IMAGE: back,
      }),
    );

    expect(first.status).toBe(0);
    expect(result.status).toBe(0);
    expect(readFileSync(calls, 'utf8')).toBe(
      'ecr get-login-password --region us-east-1\n' +
        'ecr get-login-password --region eu-central-1 --profile source-account\n',
    );
    expect(result.stdout).toBe(`${digestOf(amd64Source)}\n`);
  });

  it('prints the current source digest in resolve-digest mode', () => {
    const result = runScript(
      COPY_IMAGE,
      ['resolve-digest'],
      copyEnv({ LAMBDACRON_SOURCE_IMAGE: indexSource }),
    );

    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${digestOf(indexSource)}\n`);
  });

  it.each<{
    name: string;
    args: string[];
    input: Record<string, string>;
    message: string;
  }>([
    {
      name: 'no mode',
      args: [],
      input: {},
      message: 'the mode is required: "copy" or "resolve-digest".',
    },
    {
      name: 'an unknown copy tool',
      args: ['copy'],
      input: { LAMBDACRON_COPY_TOOL: 'regctl' },
      message: 'unknown copy tool "regctl".',
    },
    {
      name: 'a missing destination',
      args: ['copy'],
      input: { LAMBDACRON_DEST_IMAGE: '' },
      message:
        'the destination image is required (LAMBDACRON_DEST_IMAGE or --dest-image).',
    },
    {
      name: 'a malformed source digest',
      args: ['copy'],
      input: {
        LAMBDACRON_SOURCE_IMAGE: '127.0.0.1:5000/source/app@sha256:abc',
      },
      message:
        'the source image digest must be sha256:<64 hex digits>, got "sha256:abc".',
    },
    {
      name: 'a bad platform',
      args: ['copy'],
      input: { LAMBDACRON_PLATFORM: 'windows/amd64' },
      message:
        'platform must be "linux/amd64" or "linux/arm64", got "windows/amd64".',
    },
  ])('rejects $name with exit 2', ({ args, input, message }) => {
    const result = runScript(
      COPY_IMAGE,
      args,
      copyEnv({
        LAMBDACRON_SOURCE_IMAGE: amd64Source,
        LAMBDACRON_DEST_IMAGE: `${registry.host}/dest/rejected:v1`,
        ...input,
      }),
    );

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`copy-image: error: ${message}`);
  });
});
