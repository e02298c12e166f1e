import { ScheduledEventError } from '../errors.js';

/** `source` of events sent by LambdaCron's EventBridge Scheduler schedules. */
export const LAMBDACRON_EVENT_SOURCE = 'lambdacron.scheduler';

/** `source` of classic EventBridge rule "Scheduled Event"s. */
export const EVENTBRIDGE_EVENT_SOURCE = 'aws.events';

const ACCEPTED_SOURCES: readonly string[] = [
  LAMBDACRON_EVENT_SOURCE,
  EVENTBRIDGE_EVENT_SOURCE,
];

// ISO 8601 date-time with an explicit zone, as Scheduler and EventBridge send.
const ISO_8601_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** One tick of a schedule, as the task sees it. */
export interface ScheduledTick {
  /** The tick's scheduled time: the event's `time`, or now for a manual run. */
  readonly scheduledTime: string;
  /** True when the event carried no `time` (a manual test invocation). */
  readonly manual: boolean;
  /** The event's `source`, when present. */
  readonly source?: string;
  /** Scheduler execution id or EventBridge event id, when present. */
  readonly executionId?: string;
  /** The schedule or rule ARN (`resources[0]`), when present. */
  readonly scheduleArn?: string;
  /** `detail.task_name`, when present. */
  readonly taskName?: string;
  /** `detail.attempt` (Scheduler's attempt number), when present. */
  readonly attempt?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function optionalString(
  event: Record<string, unknown>,
  field: string,
): string | undefined {
  const value = event[field];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new ScheduledEventError(
      `Scheduled event field '${field}' must be a string.`,
      { context: { field, received_type: typeof value } },
    );
  }

  return value;
}

function parseTime(value: string): string {
  if (!ISO_8601_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ScheduledEventError(
      "Scheduled event field 'time' must be an ISO 8601 date-time with a zone.",
      { context: { field: 'time', received: value.slice(0, 64) } },
    );
  }

  return value;
}

function parseDetail(
  detail: unknown,
): Pick<ScheduledTick, 'taskName' | 'attempt'> {
  if (detail === undefined || detail === null) {
    return {};
  }
  if (!isRecord(detail)) {
    throw new ScheduledEventError(
      "Scheduled event field 'detail' must be an object.",
      { context: { field: 'detail', received_type: typeof detail } },
    );
  }

  const taskName = optionalString(detail, 'task_name');
  const rawAttempt = detail.attempt;
  if (rawAttempt === undefined || rawAttempt === null) {
    return { taskName };
  }

  const attempt = Number(rawAttempt);
  if (
    (typeof rawAttempt !== 'string' && typeof rawAttempt !== 'number') ||
    !Number.isInteger(attempt) ||
    attempt < 0
  ) {
    throw new ScheduledEventError(
      "Scheduled event field 'detail.attempt' must be a non-negative integer.",
      { context: { field: 'detail.attempt', received: String(rawAttempt) } },
    );
  }

  return { taskName, attempt };
}

/**
 * Parses the event a task is invoked with (contract §1): LambdaCron's
 * Scheduler event, a classic EventBridge "Scheduled Event", or a manual
 * invocation without `time`, which becomes a one-off tick at `now()`.
 *
 * @throws ScheduledEventError when the event is not an object, has an
 *   unknown `source`, or a field of the wrong type or format.
 *
 * @example
 * parseScheduledEvent({ source: 'lambdacron.scheduler', time: '2025-01-01T08:00:00Z' });
 * // { scheduledTime: '2025-01-01T08:00:00Z', manual: false, source: 'lambdacron.scheduler' }
 */
export function parseScheduledEvent(
  event: unknown,
  now: () => Date = () => new Date(),
): ScheduledTick {
  if (event === undefined || event === null) {
    return { scheduledTime: now().toISOString(), manual: true };
  }
  if (!isRecord(event)) {
    throw new ScheduledEventError('Scheduled event must be a JSON object.', {
      context: { received_type: Array.isArray(event) ? 'array' : typeof event },
    });
  }

  const source = optionalString(event, 'source');
  if (source !== undefined && !ACCEPTED_SOURCES.includes(source)) {
    throw new ScheduledEventError(
      `Scheduled event source must be '${LAMBDACRON_EVENT_SOURCE}' or '${EVENTBRIDGE_EVENT_SOURCE}'.`,
      { context: { field: 'source', received: source.slice(0, 64) } },
    );
  }
  const time = optionalString(event, 'time');
  const resources = event.resources;
  const scheduleArn =
    Array.isArray(resources) && typeof resources[0] === 'string'
      ? resources[0]
      : undefined;

  return {
    scheduledTime: time === undefined ? now().toISOString() : parseTime(time),
    manual: time === undefined,
    source,
    executionId: optionalString(event, 'id'),
    scheduleArn,
    ...parseDetail(event.detail),
  };
}
