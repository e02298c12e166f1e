import { emailEnvironment } from './fixtures/email-templates.js';
import { cleanEnvironment } from './clean-env.js';
import { lastJsonLine, runProcessOrThrow } from './run-process.js';
import { summarize, type Summary } from './stats.js';

/**
 * Runs in the child: the clock starts before `require` and stops once the
 * handler export is in hand, so process spawn and Node's own boot are not
 * counted — only what the bundle costs at module load.
 */
const CHILD_SCRIPT = `
const started = process.hrtime.bigint();
const loaded = require(process.env.BENCH_BUNDLE);
const handler = loaded.handler;
const initMs = Number(process.hrtime.bigint() - started) / 1e6;
if (typeof handler !== 'function') throw new Error('no handler export');
process.stdout.write(JSON.stringify({ initMs }) + '\\n');
`;

/** Runs discarded before measuring, so the bundle is in the page cache. */
const WARM_UP_RUNS = 2;

const CHILD_ENVIRONMENT = {
  ...emailEnvironment(),
  AWS_REGION: 'us-west-2',
  SNS_TOPIC_ARN: 'arn:aws:sns:us-west-2:123456789012:results.fifo',
  LAMBDACRON_TASK_NAME: 'report',
};

async function initOnce(bundle: string): Promise<number> {
  const run = await runProcessOrThrow(process.execPath, ['-e', CHILD_SCRIPT], {
    env: cleanEnvironment({ ...CHILD_ENVIRONMENT, BENCH_BUNDLE: bundle }),
  });

  return lastJsonLine<{ initMs: number }>(run.stdout).initMs;
}

/** Cold-init timings of a handler bundle and its baseline. */
export interface ColdStartResult {
  readonly handler: Summary;
  readonly baseline: Summary;
}

/**
 * Loads each bundle in `runs` fresh `node` processes, alternating handler
 * and baseline so drift on a busy machine hits both alike.
 */
export async function measureColdStart(
  handlerFile: string,
  baselineFile: string,
  runs: number,
): Promise<ColdStartResult> {
  for (let index = 0; index < WARM_UP_RUNS; index += 1) {
    await initOnce(handlerFile);
    await initOnce(baselineFile);
  }

  const handler: number[] = [];
  const baseline: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    handler.push(await initOnce(handlerFile));
    baseline.push(await initOnce(baselineFile));
  }

  return { handler: summarize(handler), baseline: summarize(baseline) };
}
