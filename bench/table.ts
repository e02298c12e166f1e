import type { Summary } from './stats.js';
import { TARGETS, type BenchResults } from './results.js';

/** One row of the results table. */
export interface Row {
  readonly measure: string;
  readonly lambdacron: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  /** `true` met, `false` missed, `undefined` no target. */
  readonly met: boolean | undefined;
  /** By how much a target is missed, for the notes. */
  readonly miss?: string;
}

const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
const spread = (s: Summary) =>
  `${ms(s.median)} (p10 ${ms(s.p10)}, p90 ${ms(s.p90)}, n=${s.runs})`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const percent = (ratio: number) => `${((ratio - 1) * 100).toFixed(0)} %`;

function ratioRow(
  measure: string,
  handler: Summary,
  baseline: Summary,
  limit: number,
): Row {
  const ratio = handler.median / baseline.median;

  return {
    measure,
    lambdacron: spread(handler),
    baseline: spread(baseline),
    ratio: `**${ratio.toFixed(2)}×**`,
    target: `≤ ${limit}×`,
    met: ratio <= limit,
    miss: `${ratio.toFixed(2)}× against ≤ ${limit}× (${percent(ratio / limit)} over)`,
  };
}

/** Turns the measurements into table rows, ratios first. */
export function buildRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  for (const handler of results.handlers) {
    rows.push(
      ratioRow(
        `cold init: ${handler.name}`,
        handler.coldStart.handler,
        handler.coldStart.baseline,
        TARGETS.coldInitRatio,
      ),
    );
  }
  for (const handler of results.handlers) {
    const ratio = handler.size.bytes / handler.baselineSize.bytes;
    const isEmail = handler.name === 'email';
    rows.push({
      measure: `bundle: ${handler.name}`,
      lambdacron: `${kib(handler.size.bytes)} (gzip ${kib(handler.size.gzipBytes)})`,
      baseline: `${kib(handler.baselineSize.bytes)} (gzip ${kib(handler.baselineSize.gzipBytes)})`,
      ratio: `**${ratio.toFixed(2)}×**`,
      target: isEmail ? `≤ ${kib(TARGETS.emailBundleBytes)}` : '—',
      met: isEmail ? handler.size.bytes <= TARGETS.emailBundleBytes : undefined,
      miss: isEmail
        ? `${kib(handler.size.bytes)} against ≤ ${kib(TARGETS.emailBundleBytes)} (${kib(handler.size.bytes - TARGETS.emailBundleBytes)} over)`
        : undefined,
    });
  }
  rows.push(
    ratioRow(
      'warm batch: email, 10 records',
      results.warmBatch.handler,
      results.warmBatch.baseline,
      TARGETS.warmBatchRatio,
    ),
  );

  const synth = results.synth;
  rows.push({
    measure: `synth: all ${synth.modules} modules (${synth.files} files)`,
    lambdacron: `${spread(synth.wall)}; boot ${ms(synth.boot.median)}, imports ${ms(synth.imports.median)}, synth ${ms(synth.synth.median)}`,
    baseline: '—',
    ratio: `**${(synth.wall.median / TARGETS.synthMs).toFixed(2)}× target**`,
    target: `≤ ${ms(TARGETS.synthMs)}`,
    met: synth.wall.median <= TARGETS.synthMs,
    miss: `${ms(synth.wall.median)} against ≤ ${ms(TARGETS.synthMs)} (${percent(synth.wall.median / TARGETS.synthMs)} over)`,
  });

  rows.push(...planRows(results));

  return rows;
}

function planRows(results: BenchResults): Row[] {
  const plan = results.plan;
  if (plan === undefined) {
    return [
      {
        measure: 'plan scaling',
        lambdacron: 'skipped: terraform not on PATH',
        baseline: '—',
        ratio: '—',
        target: 'linear',
        met: undefined,
      },
    ];
  }

  const first = plan.points[0]!;
  const rows: Row[] = plan.points.map((point) => ({
    measure: `plan: ${point.pairs} pair${point.pairs === 1 ? '' : 's'} (${point.resources} resources)`,
    lambdacron: ms(point.planMs),
    baseline: '—',
    ratio: `${(point.planMs / first.planMs).toFixed(2)}× the 1-pair plan`,
    target: '—',
    met: undefined,
  }));
  if (plan.points.length >= 2) {
    const linear = plan.r2 >= TARGETS.planLinearR2;
    rows.push({
      measure: 'plan: linear fit',
      lambdacron: `${ms(plan.msPerPair)} per pair + ${ms(plan.fixedMs)} fixed; ${plan.resourcesPerPair.toFixed(1)} resources per pair`,
      baseline: '—',
      ratio: `**R² = ${plan.r2.toFixed(3)}**`,
      target: `linear (R² ≥ ${TARGETS.planLinearR2})`,
      met: linear,
      miss: `R² ${plan.r2.toFixed(3)} against ≥ ${TARGETS.planLinearR2}`,
    });
  }

  return rows;
}

/** Renders rows as one markdown table. */
export function renderTable(rows: readonly Row[]): string {
  const status = (met: boolean | undefined) =>
    met === undefined ? '' : met ? 'met' : '**missed**';
  const lines = [
    '| measure | LambdaCron | baseline | ratio | target | |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.measure} | ${row.lambdacron} | ${row.baseline} | ${row.ratio} | ${row.target} | ${status(row.met)} |`,
    ),
  ];

  return `${lines.join('\n')}\n`;
}
