import { Fn } from '../internal/cdktf.js';

/** The `source` of the events LambdaCron's schedules send. */
export const SCHEDULED_EVENT_SOURCE = 'lambdacron.scheduler';

/**
 * The input EventBridge Scheduler sends to a task: the shape of a classic
 * EventBridge "Scheduled Event" (so handlers written for EventBridge rules
 * work unchanged), filled with Scheduler's context attributes. `time` is the
 * tick's scheduled time, the same on every retry, which is what lets the
 * runtime deduplicate a tick. See docs/contract.md.
 *
 * https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-context-attributes.html
 */
export function scheduledEventInput(taskName: string): string {
  return Fn.jsonencode({
    version: '0',
    id: '<aws.scheduler.execution-id>',
    'detail-type': 'Scheduled Event',
    source: SCHEDULED_EVENT_SOURCE,
    time: '<aws.scheduler.scheduled-time>',
    resources: ['<aws.scheduler.schedule-arn>'],
    detail: {
      task_name: taskName,
      attempt: '<aws.scheduler.attempt-number>',
    },
  });
}
