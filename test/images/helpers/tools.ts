import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The image programs under test. */
export const SCRIPTS_DIR = fileURLToPath(
  new URL('../../../src/images/scripts/', import.meta.url),
);
export const BUILD_AND_PUSH = `${SCRIPTS_DIR}build-and-push.sh`;
export const COPY_IMAGE = `${SCRIPTS_DIR}copy-image.sh`;

/** Whether an executable is on PATH. */
export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/**
 * Why a suite cannot run here, or `undefined` when it can. In CI
 * (`CI=true`) a missing tool is not a reason: the suite runs and fails.
 */
export function skipReason(tools: readonly string[]): string | undefined {
  const missing = tools.filter((tool) => !hasCommand(tool));
  if (missing.length === 0 || process.env.CI === 'true') return undefined;
  return `skipped: ${missing.join(', ')} not installed (run .ci/install-image-tools.sh)`;
}

/** What a program run returned. */
export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a script with `sh`, with only the given environment (plus PATH). */
export function runScript(
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): RunResult {
  const result = spawnSync('sh', [script, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Runs a tool and returns its stdout, throwing with its stderr on failure. */
export function runTool(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): string {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  }
  return result.stdout;
}
