import { spawn } from 'node:child_process';

/** What a child process printed, how it exited and how long it took. */
export interface ProcessRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to exit, in milliseconds. */
  readonly wallMs: number;
}

/** Options of {@link runProcess}. */
export interface RunProcessOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Runs `command args` to completion and collects its output. The promise
 * settles only after the child has exited, so no process outlives a step.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunProcessOptions = {},
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolve({
        exitCode: exitCode ?? 1,
        stdout,
        stderr,
        wallMs: Number(process.hrtime.bigint() - started) / 1e6,
      }),
    );
  });
}

/** Like {@link runProcess}, but throws with the child's stderr on failure. */
export async function runProcessOrThrow(
  command: string,
  args: readonly string[],
  options: RunProcessOptions = {},
): Promise<ProcessRun> {
  const run = await runProcess(command, args, options);
  if (run.exitCode !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${run.exitCode}:\n${run.stderr}${run.stdout}`,
    );
  }

  return run;
}

/** Parses the last line of a child's stdout as JSON. */
export function lastJsonLine<T>(stdout: string): T {
  const lines = stdout.trim().split('\n');

  return JSON.parse(lines[lines.length - 1]!) as T;
}
