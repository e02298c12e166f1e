import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isolatedBuilderEnv } from './helpers/builder-env.js';
import {
  installFakeAws,
  makeTempDir,
  scratchContext,
  TEST_PASSWORD_BCRYPT,
  writeTree,
} from './helpers/fixtures.js';
import { startRegistry } from './helpers/registry.js';
import type { LocalRegistry } from './helpers/registry.js';
import {
  BUILD_AND_PUSH,
  hasCommand,
  runScript,
  runTool,
  skipReason,
} from './helpers/tools.js';

const DOCKER_V2S2 = 'application/vnd.docker.distribution.manifest.v2+json';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const reason = skipReason(['buildah', 'skopeo', 'docker-registry']);

// docker only counts when its daemon answers; here it usually does not.
function expectedAutoBuilder(): string {
  if (hasCommand('docker') && spawnSync('docker', ['info']).status === 0) {
    return 'docker';
  }
  return hasCommand('podman') ? 'podman' : 'buildah';
}

function inspect(ref: string): {
  Digest: string;
  Architecture: string;
  Os: string;
  Labels: Record<string, string> | null;
} {
  return JSON.parse(
    runTool('skopeo', ['inspect', '--tls-verify=false', `docker://${ref}`]),
  );
}

function rawManifest(ref: string): Record<string, unknown> {
  return JSON.parse(
    runTool('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${ref}`,
    ]),
  );
}

describe.skipIf(reason !== undefined)(
  `build-and-push.sh ${reason ?? ''}`,
  () => {
    let work: string;
    let registry: LocalRegistry;
    let authRegistry: LocalRegistry;
    let env: Record<string, string>;
    let context: string;

    beforeAll(async () => {
      work = makeTempDir('build');
      mkdirSync(join(work, 'registry'));
      mkdirSync(join(work, 'auth-registry'));
      registry = await startRegistry(join(work, 'registry'));
      authRegistry = await startRegistry(join(work, 'auth-registry'), {
        username: 'AWS',
        bcryptHash: TEST_PASSWORD_BCRYPT,
      });
      env = isolatedBuilderEnv(join(work, 'builder'));
      context = scratchContext(join(work, 'context'));
    });

    afterAll(async () => {
      await registry?.stop();
      await authRegistry?.stop();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it.each(['linux/amd64', 'linux/arm64'] as const)(
      'pushes a single %s image manifest and reports its digest',
      (platform) => {
        const image = `${registry.host}/build/app:${platform.replace('/', '-')}`;
        const digestFile = join(
          work,
          'out',
          `${platform.replace('/', '-')}.digest`,
        );

        const result = runScript(BUILD_AND_PUSH, [], {
          ...env,
          LAMBDACRON_SOURCE_DIR: context,
          LAMBDACRON_IMAGE: image,
          LAMBDACRON_PLATFORM: platform,
          LAMBDACRON_BUILDER: 'buildah',
          LAMBDACRON_TLS_VERIFY: 'false',
          LAMBDACRON_DIGEST_FILE: digestFile,
        });

        expect(result.stderr).toContain(`verified ${registry.host}/build/app@`);
        expect(result.status).toBe(0);
        const digest = result.stdout.trim();
        expect(digest).toMatch(DIGEST);
        expect(result.stdout).toBe(`${digest}\n`);
        expect(readFileSync(digestFile, 'utf8')).toBe(`${digest}\n`);
        const inspected = inspect(image);
        expect(inspected.Digest).toBe(digest);
        expect(inspected.Os).toBe('linux');
        expect(inspected.Architecture).toBe(platform.slice('linux/'.length));
        const manifest = rawManifest(`${registry.host}/build/app@${digest}`);
        expect(manifest.mediaType).toBe(DOCKER_V2S2);
        expect(manifest).not.toHaveProperty('manifests');
      },
    );

    it('auto-selects the first usable builder and passes flags and build args', () => {
      const argContext = scratchContext(
        join(work, 'args-context'),
        'ARG GREETING\nLABEL greeting=$GREETING\n',
      );
      const image = `${registry.host}/build/args:v1`;

      const result = runScript(
        BUILD_AND_PUSH,
        [
          '--source-dir',
          argContext,
          '--image',
          image,
          '--tls-verify=false',
          '--build-arg',
          'GREETING=hello * world',
        ],
        { ...env, LAMBDACRON_BUILDER: 'auto' },
      );

      expect(result.status).toBe(0);
      expect(result.stderr).toContain(
        `for linux/amd64 with ${expectedAutoBuilder()}`,
      );
      expect(inspect(image).Labels?.greeting).toBe('hello * world');
    });

    it('logs in with the ECR token from the AWS CLI before pushing', () => {
      const binDir = join(work, 'fake-bin');
      const calls = join(work, 'aws-calls.txt');
      installFakeAws(binDir, calls);
      const image = `${authRegistry.host}/build/app:ecr`;

      const result = runScript(BUILD_AND_PUSH, [], {
        ...env,
        PATH: `${binDir}:${process.env.PATH ?? ''}`,
        LAMBDACRON_SOURCE_DIR: context,
        LAMBDACRON_IMAGE: image,
        LAMBDACRON_BUILDER: 'buildah',
        LAMBDACRON_TLS_VERIFY: 'false',
        LAMBDACRON_REGISTRY_LOGIN: 'ecr',
        LAMBDACRON_AWS_REGION: 'eu-west-1',
        LAMBDACRON_AWS_PROFILE: 'deploy',
      });

      expect(result.status).toBe(0);
      expect(readFileSync(calls, 'utf8')).toBe(
        'ecr get-login-password --region eu-west-1 --profile deploy\n',
      );
      expect(result.stderr).toContain(
        `logged in to ${authRegistry.host} with buildah`,
      );
      expect(result.stdout.trim()).toMatch(DIGEST);
    });

    it('fails with a login hint when the registry refuses the push', () => {
      const result = runScript(BUILD_AND_PUSH, [], {
        ...isolatedBuilderEnv(join(work, 'no-login')),
        LAMBDACRON_SOURCE_DIR: context,
        LAMBDACRON_IMAGE: `${authRegistry.host}/build/app:anonymous`,
        LAMBDACRON_BUILDER: 'buildah',
        LAMBDACRON_TLS_VERIFY: 'false',
      });

      expect(result.status).toBe(6);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        `build-and-push: error: buildah push of ${authRegistry.host}/build/app:anonymous failed`,
      );
      expect(result.stderr).toContain(
        'build-and-push: hint: the registry refused the credentials',
      );
    });

    it('fails with exit 5 when the build itself fails', () => {
      const broken = writeTree(join(work, 'broken'), {
        Dockerfile: 'FROM scratch\nCOPY missing.txt /missing.txt\n',
      });

      const result = runScript(BUILD_AND_PUSH, [], {
        ...env,
        LAMBDACRON_SOURCE_DIR: broken,
        LAMBDACRON_IMAGE: `${registry.host}/build/broken:v1`,
        LAMBDACRON_BUILDER: 'buildah',
        LAMBDACRON_TLS_VERIFY: 'false',
      });

      expect(result.status).toBe(5);
      expect(result.stderr).toContain(
        `build-and-push: error: buildah build of ${broken} failed`,
      );
    });

    it.each<{
      name: string;
      input: Record<string, string>;
      status: number;
      message: string;
    }>([
      {
        name: 'a missing Dockerfile',
        input: { LAMBDACRON_DOCKERFILE: 'Nope.Dockerfile' },
        status: 2,
        message: 'no Dockerfile at "<context>/Nope.Dockerfile".',
      },
      {
        name: 'a platform Lambda does not run',
        input: { LAMBDACRON_PLATFORM: 'linux/386' },
        status: 2,
        message:
          'platform must be "linux/amd64" or "linux/arm64", got "linux/386".',
      },
      {
        name: 'an unknown builder',
        input: { LAMBDACRON_BUILDER: 'kaniko' },
        status: 2,
        message: 'unknown builder "kaniko".',
      },
      {
        name: 'an image without a tag',
        input: { LAMBDACRON_IMAGE: '127.0.0.1:5000/build/app' },
        status: 2,
        message:
          'image must be HOST/REPOSITORY:TAG (lower-case repository, explicit tag), got "127.0.0.1:5000/build/app".',
      },
      {
        name: 'a malformed build argument',
        input: { LAMBDACRON_BUILD_ARGS: 'GOOD=1\nnot an assignment' },
        status: 2,
        message: 'build argument "not an assignment" is not KEY=VALUE.',
      },
      {
        name: 'a bad TLS toggle',
        input: { LAMBDACRON_TLS_VERIFY: 'no' },
        status: 2,
        message: 'TLS verify must be "true" or "false", got "no".',
      },
    ])('rejects $name with exit $status', ({ input, status, message }) => {
      const result = runScript(BUILD_AND_PUSH, [], {
        ...env,
        LAMBDACRON_SOURCE_DIR: context,
        LAMBDACRON_IMAGE: `${registry.host}/build/rejected:v1`,
        ...input,
      });

      expect(result.status).toBe(status);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        `build-and-push: error: ${message.replace('<context>', context)}`,
      );
    });

    it('reports a missing builder with exit 3 and an install hint', () => {
      const bin = join(work, 'bare-bin');
      mkdirSync(bin);
      for (const tool of [
        'sh',
        'dirname',
        'mktemp',
        'rm',
        'grep',
        'sed',
        'cat',
        'tee',
      ]) {
        symlinkSync(
          runTool('sh', ['-c', `command -v ${tool}`]).trim(),
          join(bin, tool),
        );
      }

      const result = runScript(BUILD_AND_PUSH, [], {
        ...env,
        PATH: bin,
        LAMBDACRON_SOURCE_DIR: context,
        LAMBDACRON_IMAGE: `${registry.host}/build/app:v1`,
      });

      expect(result.status).toBe(3);
      expect(result.stderr).toContain(
        'build-and-push: error: no container builder found (looked for docker, podman, buildah).',
      );
      expect(result.stderr).toContain(
        'build-and-push: hint: install Docker with buildx, Podman, or Buildah',
      );
    });
  },
);
