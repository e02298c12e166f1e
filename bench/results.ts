import type { BundleSize } from './bundle-size.js';
import type { ColdStartResult } from './cold-start.js';
import type { PlanScalingResult } from './plan-scaling.js';
import type { SynthResult } from './synth.js';
import type { WarmBatchResult } from './warm-batch.js';

/** One handler's numbers next to its baseline's. */
export interface HandlerResult {
  readonly name: string;
  readonly baselineSource: string;
  readonly coldStart: ColdStartResult;
  readonly size: BundleSize;
  readonly baselineSize: BundleSize;
}

/** Everything one bench run measured. */
export interface BenchResults {
  readonly handlers: readonly HandlerResult[];
  readonly warmBatch: WarmBatchResult;
  readonly synth: SynthResult;
  /** Undefined when Terraform is not on PATH. */
  readonly plan: PlanScalingResult | undefined;
}

/** The targets. */
export const TARGETS = {
  coldInitRatio: 1.2,
  emailBundleBytes: 600 * 1024,
  warmBatchRatio: 1.1,
  synthMs: 2000,
  /** A straight line must explain this much of the plan time's variance. */
  planLinearR2: 0.98,
} as const;
