import { join } from 'node:path';

import { bundleFile } from './bundle.js';
import { cleanEnvironment } from './clean-env.js';
import { emailEnvironment } from './fixtures/email-templates.js';
import { lastJsonLine, runProcessOrThrow } from './run-process.js';
import { summarize, type Summary } from './stats.js';

/** Warm batch timings of the email handler and its baseline. */
export interface WarmBatchResult {
  readonly handler: Summary;
  readonly baseline: Summary;
  /** Whether both sent the same subject, text and HTML. */
  readonly sameOutput: boolean;
}

interface ChildOutput {
  readonly handlerMs: number[];
  readonly baselineMs: number[];
  readonly sameOutput: boolean;
}

/**
 * Bundles the warm-batch child with the handlers' esbuild settings (so both
 * run minified, as shipped) and runs it in a fresh `node`.
 */
export async function measureWarmBatch(
  workDir: string,
  iterations: { warmUp: number; measured: number },
): Promise<WarmBatchResult> {
  const childFile = join(workDir, 'warm-batch-child.cjs');
  await bundleFile('bench/warm-batch-child.ts', childFile);

  const run = await runProcessOrThrow(process.execPath, [childFile], {
    env: cleanEnvironment({
      ...emailEnvironment(),
      AWS_REGION: 'us-west-2',
      LOG_LEVEL: 'info',
      BENCH_WARM_UP: String(iterations.warmUp),
      BENCH_ITERATIONS: String(iterations.measured),
    }),
  });
  const output = lastJsonLine<ChildOutput>(run.stdout);

  return {
    handler: summarize(output.handlerMs),
    baseline: summarize(output.baselineMs),
    sameOutput: output.sameOutput,
  };
}
