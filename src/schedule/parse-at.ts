import { ScheduleExpressionError } from './errors.js';
import type { AtSchedule } from './types.js';

const AT_FORMAT =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})$/;

/**
 * Parses the body of `at(...)`: a local date and time `yyyy-mm-ddThh:mm:ss`
 * with no zone suffix (the schedule's time zone applies).
 *
 * @example
 * ```ts
 * parseAt('at(2025-12-24T18:00:00)', '2025-12-24T18:00:00').localTime.hour; // 18
 * ```
 */
export function parseAt(expression: string, body: string): AtSchedule {
  const match = AT_FORMAT.exec(body);
  if (!match) {
    throw new ScheduleExpressionError({
      field: 'at time',
      value: body,
      rule: 'is not in the form yyyy-mm-ddThh:mm:ss',
      fix: 'write a local date and time without a zone or milliseconds, e.g. at(2025-12-24T18:00:00)',
    });
  }

  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();

  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) {
    throw new ScheduleExpressionError({
      field: 'at date',
      value: body,
      rule: 'is not a calendar date',
      fix: 'use a month 01-12 and a day that exists in that month',
    });
  }

  if (hour > 23 || minute > 59 || second > 59) {
    throw new ScheduleExpressionError({
      field: 'at time',
      value: body,
      rule: 'is not a time of day',
      fix: 'use hours 00-23, minutes 00-59 and seconds 00-59',
    });
  }

  return {
    kind: 'at',
    expression,
    localTime: { year, month, day, hour, minute, second },
  };
}
