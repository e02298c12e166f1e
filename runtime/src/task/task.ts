import {
  createTaskHandler,
  type TaskHandlerOptions,
} from './create-task-handler.js';
import type {
  ResultMap,
  TaskContext,
  TaskDefinition,
  TaskHandler,
  TaskOutput,
  TaskResult,
} from './types.js';

/**
 * Class form of a task, for tasks with collaborators or shared helpers.
 *
 * @example
 * type Results = { 'low-stock': { sku: string; left: number } };
 *
 * class StockCheck extends Task<Results> {
 *   readonly resultTypes = ['low-stock'] as const;
 *
 *   async run() {
 *     const low = await findLowStock();
 *     return low.map((item) =>
 *       this.result('low-stock', { sku: item.sku, left: item.left }, item.sku),
 *     );
 *   }
 * }
 *
 * export const handler = new StockCheck().handler();
 */
export abstract class Task<R extends ResultMap> implements TaskDefinition<R> {
  /** Every result type `run` may return. */
  abstract readonly resultTypes: readonly (keyof R & string)[];

  /** Does the work of one tick and returns its results. */
  abstract run(context: TaskContext): Promise<TaskOutput<R>> | TaskOutput<R>;

  /** Builds a typed result. */
  protected result<K extends keyof R & string>(
    type: K,
    payload: R[K],
    key?: string,
  ): TaskResult<R> {
    return (
      key === undefined ? { type, payload } : { type, payload, key }
    ) as TaskResult<R>;
  }

  /** The Lambda handler of this task. */
  handler(options?: TaskHandlerOptions): TaskHandler {
    return createTaskHandler(this, options);
  }
}
