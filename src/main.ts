/**
 * Regenerates `generated-modules/` from the constructs in `src/`.
 *
 *   npm run synth            writes the modules
 *   npm run synth -- --check fails (exit 1) when they are out of date
 *
 * `cdktf synth` runs this file too (see cdktf.json): it synthesizes into the
 * directory cdktf names, then writes the modules from that output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import {
  diffModuleTree,
  synthesizeModules,
  writeModuleTree,
} from './internal/synthesize-modules.js';
import { MODULES } from './modules.js';

const MODULES_ROOT = resolve(import.meta.dirname, '..', 'generated-modules');

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const scratch = process.env.CDKTF_OUTDIR
    ? undefined
    : mkdtempSync(join(tmpdir(), 'lambdacron-synth-'));
  const outdir = process.env.CDKTF_OUTDIR ?? join(scratch!, 'cdktf.out');

  try {
    const tree = synthesizeModules(MODULES, outdir);
    if (!check) {
      writeModuleTree(tree, MODULES_ROOT);
      process.stdout.write(`wrote ${tree.size} files to ${MODULES_ROOT}\n`);
      return 0;
    }

    const problems = diffModuleTree(tree, MODULES_ROOT);
    if (problems.length === 0) {
      process.stdout.write('generated-modules/ is up to date\n');
      return 0;
    }
    process.stderr.write(
      'generated-modules/ is out of date; run `npm run synth` and commit:\n' +
        problems.map((problem) => `  ${problem}\n`).join(''),
    );
    return 1;
  } finally {
    if (scratch) {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}

process.exitCode = main(process.argv.slice(2));
