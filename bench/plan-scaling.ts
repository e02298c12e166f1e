import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { terraformEnvironment } from '../test/helpers/terraform-cli.js';
import { planRootSource } from './plan-root.js';
import { repoPath } from './paths.js';
import { runProcessOrThrow } from './run-process.js';
import { fitLine } from './stats.js';

/** One plan of a root with `pairs` module pairs. */
export interface PlanPoint {
  readonly pairs: number;
  readonly planMs: number;
  readonly resources: number;
}

/** Plan timings and a straight-line fit through them. */
export interface PlanScalingResult {
  readonly points: PlanPoint[];
  readonly msPerPair: number;
  readonly fixedMs: number;
  readonly r2: number;
  readonly resourcesPerPair: number;
}

const PLAN_SUMMARY = /Plan: (\d+) to add/;

/**
 * Creates the workspace: the generated modules, a template, and a provider
 * plugin cache of its own, so one `terraform init` serves every plan and
 * nothing is written to the home folder.
 */
function prepareWorkspace(workDir: string): {
  root: string;
  env: NodeJS.ProcessEnv;
} {
  const root = join(workDir, 'plan-root');
  mkdirSync(join(root, 'templates'), { recursive: true });
  cpSync(repoPath('generated-modules'), join(root, 'generated-modules'), {
    recursive: true,
    filter: (source) =>
      !source.includes('.terraform') && !source.endsWith('.tfstate'),
  });
  cpSync(
    repoPath('examples/basic/templates/email.html'),
    join(root, 'templates/email.html'),
  );
  const pluginCache = join(workDir, 'plugin-cache');
  mkdirSync(pluginCache, { recursive: true });

  return {
    root,
    env: { ...terraformEnvironment(), TF_PLUGIN_CACHE_DIR: pluginCache },
  };
}

/**
 * Plans roots of growing size in one workspace: `terraform init` once, then
 * per size rewrite `main.tf`, `terraform get` (untimed: it only links the
 * local modules) and time `terraform plan`.
 */
export async function measurePlanScaling(
  workDir: string,
  sizes: readonly number[],
): Promise<PlanScalingResult> {
  const { root, env } = prepareWorkspace(workDir);
  const terraform = (args: string[]) =>
    runProcessOrThrow('terraform', [`-chdir=${root}`, ...args, '-no-color'], {
      env,
    });

  writeFileSync(join(root, 'main.tf'), planRootSource(1));
  await terraform(['init', '-backend=false', '-input=false']);

  const points: PlanPoint[] = [];
  for (const pairs of sizes) {
    writeFileSync(join(root, 'main.tf'), planRootSource(pairs));
    await terraform(['get']);
    const plan = await terraform([
      'plan',
      '-input=false',
      '-lock=false',
      '-refresh=false',
    ]);
    const resources = Number(PLAN_SUMMARY.exec(plan.stdout)?.[1] ?? NaN);
    points.push({ pairs, planMs: plan.wallMs, resources });
  }

  const fit = fitLine(points.map((p) => ({ x: p.pairs, y: p.planMs })));
  const resourceFit = fitLine(
    points.map((p) => ({ x: p.pairs, y: p.resources })),
  );

  return {
    points,
    msPerPair: fit.slope,
    fixedMs: fit.intercept,
    r2: fit.r2,
    resourcesPerPair: resourceFit.slope,
  };
}
