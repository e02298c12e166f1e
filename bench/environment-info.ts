import { cpus, loadavg } from 'node:os';

import { runProcess } from './run-process.js';

/** The machine and tool versions a run was made with. */
export interface EnvironmentInfo {
  readonly cores: number;
  readonly cpuModel: string;
  readonly node: string;
  readonly terraform: string | undefined;
  readonly loadAverage: number;
  readonly date: string;
}

/** The Terraform CLI's version, or undefined when it is not on PATH. */
export async function terraformVersion(): Promise<string | undefined> {
  try {
    const run = await runProcess('terraform', ['version', '-json']);
    if (run.exitCode !== 0) {
      return undefined;
    }

    return (JSON.parse(run.stdout) as { terraform_version: string })
      .terraform_version;
  } catch {
    return undefined;
  }
}

/** Describes this machine now. */
export async function environmentInfo(): Promise<EnvironmentInfo> {
  return {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    terraform: await terraformVersion(),
    loadAverage: loadavg()[0] ?? 0,
    date: new Date().toISOString(),
  };
}
