import { join } from 'node:path';
import { tmpdir } from 'node:os';

import { repoPath } from './paths.js';

/** How much of the bench runs, and where the report goes. */
export interface BenchOptions {
  /** One iteration of everything, plan with one pair, report to a temp file. */
  readonly smoke: boolean;
  /** Everything but the 100-pair plan. */
  readonly quick: boolean;
  readonly outFile: string;
  readonly coldRuns: number;
  readonly warmUpBatches: number;
  readonly measuredBatches: number;
  readonly synthRuns: number;
  readonly planSizes: readonly number[];
  /** The command line, as printed in the report. */
  readonly command: string;
}

/** Parses `--smoke`, `--quick` and `--out <file>`. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const known = new Set(['--smoke', '--quick', '--out']);
  const unknown = argv.filter(
    (arg, index) => !known.has(arg) && argv[index - 1] !== '--out',
  );
  if (unknown.length > 0) {
    throw new Error(
      `Unknown option ${unknown[0]}: expected --smoke, --quick or --out <file>.`,
    );
  }
  const smoke = argv.includes('--smoke');
  const quick = argv.includes('--quick');
  const outIndex = argv.indexOf('--out');
  const outFile =
    outIndex >= 0 && argv[outIndex + 1]
      ? argv[outIndex + 1]!
      : smoke
        ? join(tmpdir(), 'lambdacron-bench-smoke.md')
        : repoPath('BENCHMARKS.md');

  return {
    smoke,
    quick,
    outFile,
    coldRuns: smoke ? 1 : 25,
    warmUpBatches: smoke ? 1 : 100,
    measuredBatches: smoke ? 3 : 500,
    synthRuns: smoke ? 1 : 3,
    planSizes: smoke ? [1] : quick ? [1, 10] : [1, 10, 100],
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(
      ' ',
    ),
  };
}
