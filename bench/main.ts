/**
 * `npm run bench`: cold init, bundle size, warm batch, synth and plan
 * scaling, each against a baseline or a target; prints one markdown table
 * and writes the report (BENCHMARKS.md, or a temp file with --smoke).
 *
 *   npm run bench                 # full run
 *   npm run bench -- --quick      # without the 100-pair plan
 *   npm run bench -- --smoke      # one iteration, for CI
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { MODULES } from '../src/modules.js';
import { bundleAll } from './bundle.js';
import { measureBundleSize } from './bundle-size.js';
import { measureColdStart } from './cold-start.js';
import { environmentInfo } from './environment-info.js';
import { parseBenchOptions } from './options.js';
import { measurePlanScaling } from './plan-scaling.js';
import { renderReport } from './report.js';
import type { BenchResults, HandlerResult } from './results.js';
import { measureSynth } from './synth.js';
import { buildRows, renderTable } from './table.js';
import { measureWarmBatch } from './warm-batch.js';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function run(workDir: string, argv: readonly string[]): Promise<void> {
  const options = parseBenchOptions(argv);
  const info = await environmentInfo();

  log('bundling handlers and baselines');
  const pairs = await bundleAll(workDir);

  const handlers: HandlerResult[] = [];
  for (const pair of pairs) {
    log(`cold init: ${pair.name} (${options.coldRuns} runs each)`);
    handlers.push({
      name: pair.name,
      baselineSource: pair.baselineSource,
      coldStart: await measureColdStart(
        pair.handlerFile,
        pair.baselineFile,
        options.coldRuns,
      ),
      size: await measureBundleSize(pair.handlerFile),
      baselineSize: await measureBundleSize(pair.baselineFile),
    });
  }

  log(`warm batch (${options.measuredBatches} batches each)`);
  const warmBatch = await measureWarmBatch(workDir, {
    warmUp: options.warmUpBatches,
    measured: options.measuredBatches,
  });
  if (!warmBatch.sameOutput) {
    throw new Error('The email handler and its baseline sent different mail.');
  }

  log(`synth (${options.synthRuns} runs)`);
  const synth = await measureSynth(workDir, options.synthRuns, MODULES.length);

  let plan: BenchResults['plan'];
  if (info.terraform === undefined) {
    log('plan scaling skipped: terraform is not on PATH');
  } else {
    log(`plan scaling (${options.planSizes.join(', ')} pairs)`);
    plan = await measurePlanScaling(workDir, options.planSizes);
  }

  const rows = buildRows({ handlers, warmBatch, synth, plan });
  process.stdout.write(renderTable(rows));
  await writeFile(options.outFile, renderReport(rows, info, options));
  log(`report written to ${options.outFile}`);
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'lambdacron-bench-'));
  try {
    await run(workDir, process.argv.slice(2));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
