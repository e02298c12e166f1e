import { randomUUID } from 'node:crypto';

import {
  SCHEDULER_CONTEXT,
  scheduledEventTemplate,
} from '../src/scheduled-lambda/scheduled-event-input.js';

/**
 * The event EventBridge Scheduler sends the task for the tick at
 * `scheduledTime`: the module's input template with Scheduler's context
 * attributes filled in, as Scheduler does on each invocation.
 */
export function scheduledEvent(
  taskName: string,
  scheduledTime: Date,
  scheduleArn: string,
): unknown {
  const filled: Record<string, string> = {
    [SCHEDULER_CONTEXT.executionId]: randomUUID(),
    [SCHEDULER_CONTEXT.scheduledTime]: scheduledTime
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
    [SCHEDULER_CONTEXT.scheduleArn]: scheduleArn,
    [SCHEDULER_CONTEXT.attemptNumber]: '1',
  };

  return JSON.parse(
    JSON.stringify(scheduledEventTemplate(taskName)),
    (_key, value: unknown) =>
      typeof value === 'string' && value in filled ? filled[value] : value,
  );
}
