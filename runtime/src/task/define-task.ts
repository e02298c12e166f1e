import {
  createTaskHandler,
  type TaskHandlerOptions,
} from './create-task-handler.js';
import type { ResultMap, TaskDefinition, TaskHandler } from './types.js';

/**
 * Defines a scheduled task and returns its Lambda handler. The type parameter
 * maps each result type to its payload type, so TypeScript checks every
 * result `run` returns.
 *
 * @example
 * type Results = { 'daily-report': { orders: number } };
 *
 * export const handler = defineTask<Results>({
 *   resultTypes: ['daily-report'],
 *   async run({ tick }) {
 *     const orders = await countOrders(tick.scheduledTime);
 *     return { type: 'daily-report', payload: { orders } };
 *   },
 * });
 */
export function defineTask<R extends ResultMap>(
  definition: TaskDefinition<R>,
  options?: TaskHandlerOptions,
): TaskHandler {
  return createTaskHandler(definition, options);
}
