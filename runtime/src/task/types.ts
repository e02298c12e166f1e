import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';

import type { ScheduledTick } from '../events/scheduled-event.js';
import type { Logger } from '../logging/logger.js';

/**
 * A task's declaration of its results: result type → payload type. Payloads
 * are JSON objects.
 *
 * @example
 * type Results = { 'daily-report': { total: number }; 'low-stock': { sku: string } };
 */
export type ResultMap = { readonly [resultType: string]: object };

/** One result of a task: a declared type, its payload and an optional dedup key. */
export type TaskResult<R extends ResultMap> = {
  [K in keyof R & string]: {
    readonly type: K;
    readonly payload: R[K];
    /**
     * Distinguishes several results of one type in one tick; part of the FIFO
     * deduplication id. Default: none (one result of this type per tick).
     */
    readonly key?: string;
  };
}[keyof R & string];

/** What `run` may return: nothing, one result, or many. */
export type TaskOutput<R extends ResultMap> =
  void | undefined | TaskResult<R> | readonly TaskResult<R>[];

/** Everything `run` receives. */
export interface TaskContext {
  /** The tick being run. */
  readonly tick: ScheduledTick;
  /** The task's name (`LAMBDACRON_TASK_NAME` or the function name). */
  readonly taskName: string;
  /** Logger with `request_id` and `task_name` fields. */
  readonly logger: Logger;
  /** The Lambda context. */
  readonly lambdaContext: Context;
  /** The raw invocation event. */
  readonly event: unknown;
  /** Aborted shortly before the Lambda deadline (see `timeoutMarginMs`). */
  readonly signal: AbortSignal;
}

/** A task: its declared result types and its `run` function. */
export interface TaskDefinition<R extends ResultMap> {
  /** Every result type `run` may return; anything else is rejected. */
  readonly resultTypes: readonly (keyof R & string)[];
  /** Does the work of one tick and returns its results. */
  run(context: TaskContext): Promise<TaskOutput<R>> | TaskOutput<R>;
}

/** Summary the task handler returns to Lambda. */
export interface TaskInvocationSummary {
  readonly taskName: string;
  readonly scheduledTime: string;
  readonly published: number;
  readonly messageIds: readonly string[];
}

/**
 * The Lambda handler a task compiles to. Invoked by its schedule it runs the
 * task; invoked by its failure queue (an SQS batch of Lambda's records of
 * failed runs) it publishes one error result per failed run.
 */
export interface TaskHandler {
  (event: SQSEvent, context: Context): Promise<SQSBatchResponse>;
  (event: unknown, context: Context): Promise<TaskInvocationSummary>;
}
