import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runProcess } from '../../bench/run-process.js';
import { REPO_ROOT } from '../helpers/terraform-workspace.js';

/** One iteration of every step, plan with one pair: about 25–40 s. */
const SMOKE_TIMEOUT_MS = 120_000;

describe('npm run bench -- --smoke', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lambdacron-bench-smoke-'));
  const report = join(directory, 'BENCHMARKS.md');

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it(
    'measures every step once and writes the report where it is told',
    async () => {
      const run = await runProcess(
        'npm',
        ['run', '--silent', 'bench', '--', '--smoke', '--out', report],
        { cwd: REPO_ROOT },
      );

      expect(run.exitCode, run.stderr).toBe(0);
      const text = readFileSync(report, { encoding: 'utf8' });
      expect(text).toContain('| measure | LambdaCron | baseline | ratio |');
      expect(text).toContain('| cold init: email |');
      expect(text).toContain('| cold init: task |');
      expect(text).toContain('| bundle: email |');
      expect(text).toContain('| warm batch: email, 10 records |');
      expect(text).toContain('| synth: all ');
      expect(text).toMatch(/\| plan: 1 pair \(\d+ resources\) \||plan scaling/);
      expect(text).toContain('## Method');
      expect(run.stdout).toContain('| measure |');
    },
    SMOKE_TIMEOUT_MS,
  );
});
