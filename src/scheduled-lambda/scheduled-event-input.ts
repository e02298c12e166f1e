import { Fn } from '../internal/cdktf.js';

/** The `source` of the events LambdaCron's schedules send. */
export const SCHEDULED_EVENT_SOURCE = 'lambdacron.scheduler';

/**
 * EventBridge Scheduler's context attributes, which it replaces in a
 * target's input on every invocation.
 * https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-context-attributes.html
 */
export const SCHEDULER_CONTEXT = {
  executionId: '<aws.scheduler.execution-id>',
  scheduledTime: '<aws.scheduler.scheduled-time>',
  scheduleArn: '<aws.scheduler.schedule-arn>',
  attemptNumber: '<aws.scheduler.attempt-number>',
} as const;

/**
 * The input EventBridge Scheduler sends to a task, before Scheduler fills in
 * its context attributes: the shape of a classic EventBridge "Scheduled
 * Event" (so handlers written for EventBridge rules work unchanged). `time`
 * becomes the tick's scheduled time, the same on every retry, which is what
 * lets the runtime deduplicate a tick. See docs/contract.md.
 */
export function scheduledEventTemplate(taskName: string) {
  return {
    version: '0',
    id: SCHEDULER_CONTEXT.executionId,
    'detail-type': 'Scheduled Event',
    source: SCHEDULED_EVENT_SOURCE,
    time: SCHEDULER_CONTEXT.scheduledTime,
    resources: [SCHEDULER_CONTEXT.scheduleArn],
    detail: {
      task_name: taskName,
      attempt: SCHEDULER_CONTEXT.attemptNumber,
    },
  };
}

/** {@link scheduledEventTemplate} as the schedule target's JSON input. */
export function scheduledEventInput(taskName: string): string {
  return Fn.jsonencode(scheduledEventTemplate(taskName));
}
