import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { cleanEnvironment } from './clean-env.js';
import { repoPath } from './paths.js';
import { lastJsonLine, runProcessOrThrow } from './run-process.js';
import { summarize, type Summary } from './stats.js';

/** End-to-end synth timings of all modules. */
export interface SynthResult {
  readonly wall: Summary;
  /** Node and tsx start-up, up to the first line of the child. */
  readonly boot: Summary;
  /** Importing the constructs, cdktf and the provider bindings. */
  readonly imports: Summary;
  /** `synthesizeModules` itself: construct tree, `App.synth()`, files. */
  readonly synth: Summary;
  readonly modules: number;
  readonly files: number;
}

interface ChildOutput {
  readonly files: number;
  readonly bootMs: number;
  readonly importMs: number;
  readonly synthMs: number;
}

/**
 * Synthesizes every module `runs` times, each in a fresh `node --import tsx`
 * process (as `npm run synth` runs), timing spawn to exit.
 */
export async function measureSynth(
  workDir: string,
  runs: number,
  moduleCount: number,
): Promise<SynthResult> {
  const wallMs: number[] = [];
  const children: ChildOutput[] = [];
  for (let index = 0; index < runs; index += 1) {
    const outdir = await mkdtemp(join(workDir, 'synth-'));
    const run = await runProcessOrThrow(
      process.execPath,
      ['--import', 'tsx', repoPath('bench/synth-child.ts'), outdir],
      {
        cwd: repoPath('.'),
        env: cleanEnvironment({ CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1' }),
      },
    );
    children.push(lastJsonLine<ChildOutput>(run.stdout));
    wallMs.push(run.wallMs);
    await rm(outdir, { recursive: true, force: true });
  }

  return {
    wall: summarize(wallMs),
    boot: summarize(children.map((child) => child.bootMs)),
    imports: summarize(children.map((child) => child.importMs)),
    synth: summarize(children.map((child) => child.synthMs)),
    modules: moduleCount,
    files: children[0]?.files ?? 0,
  };
}
