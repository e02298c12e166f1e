import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh temporary folder. */
export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `lambdacron-${label}-`));
}

/** Writes `files` (relative path → content) below `dir`; returns `dir`. */
export function writeTree(
  dir: string,
  files: Readonly<Record<string, string>>,
): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A `FROM scratch` build context (public base images are unreachable). */
export function scratchContext(dir: string, extraDockerfile = ''): string {
  return writeTree(dir, {
    Dockerfile: `FROM scratch\nCOPY hello.txt /hello.txt\n${extraDockerfile}`,
    'hello.txt': 'hello from lambdacron\n',
  });
}

/** The password the fake AWS CLI hands out, and its bcrypt hash (cost 4). */
export const TEST_PASSWORD = 'lambdacron-test';
export const TEST_PASSWORD_BCRYPT =
  '$2b$04$Nj5PuNC2IK8FYmTNf1o4f.rK0t6q1Gpyaw8.4ruskoBe8a.V2MTCG';

/**
 * Installs a fake `aws` in `binDir` that answers `ecr get-login-password`
 * with {@link TEST_PASSWORD} and appends its arguments to `callsFile`.
 */
export function installFakeAws(binDir: string, callsFile: string): void {
  mkdirSync(binDir, { recursive: true });
  const script = join(binDir, 'aws');
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      `printf '%s\\n' "$*" >> '${callsFile}'`,
      'if [ "$1 $2" != "ecr get-login-password" ]; then exit 64; fi',
      `printf '%s' '${TEST_PASSWORD}'`,
      '',
    ].join('\n'),
  );
  chmodSync(script, 0o755);
}
