/**
 * Child of the synth benchmark: imports the constructs and synthesizes every
 * module into the folder named by argv[2], as `npm run synth` does. The
 * parent times the whole process; the child reports where the time went
 * (`performance.now()` counts from process start, so `bootMs` is Node + tsx).
 */
import { performance } from 'node:perf_hooks';

const outdir = process.argv[2];
if (!outdir) {
  throw new Error('usage: synth-child.ts <outdir>');
}

const bootMs = performance.now();
const { synthesizeModules } =
  await import('../src/internal/synthesize-modules.js');
const { MODULES } = await import('../src/modules.js');
const importedMs = performance.now();

const tree = synthesizeModules(MODULES, outdir);
const synthesizedMs = performance.now();

process.stdout.write(
  `${JSON.stringify({
    files: tree.size,
    bootMs,
    importMs: importedMs - bootMs,
    synthMs: synthesizedMs - importedMs,
  })}\n`,
);
