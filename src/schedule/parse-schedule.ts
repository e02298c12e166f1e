import { ScheduleExpressionError } from './errors.js';
import { parseAt } from './parse-at.js';
import { parseCron } from './parse-cron.js';
import { parseRate } from './parse-rate.js';
import type { Schedule } from './types.js';

const WRAPPED = /^(rate|cron|at)\((.*)\)$/s;

const PARSERS = {
  rate: parseRate,
  cron: parseCron,
  at: parseAt,
} as const;

/**
 * Parses an EventBridge Scheduler schedule expression — `rate(...)`,
 * six-field `cron(...)` or `at(...)` — and throws a
 * {@link ScheduleExpressionError} that says how to fix anything AWS would
 * reject.
 *
 * @example
 * ```ts
 * const schedule = parseSchedule('cron(0 9 ? * MON-FRI *)');
 * if (schedule.kind === 'cron') schedule.dayOfWeek; // { kind: 'weekdays', weekdays: [2, 3, 4, 5, 6] }
 * ```
 */
export function parseSchedule(expression: string): Schedule {
  const match = WRAPPED.exec(expression);

  if (!match) {
    throw new ScheduleExpressionError({
      field: 'schedule expression',
      value: expression,
      rule: 'is not rate(...), cron(...) or at(...)',
      fix: wrapperFix(expression),
    });
  }

  const kind = match[1] as keyof typeof PARSERS;

  return PARSERS[kind](expression, match[2] ?? '');
}

function wrapperFix(expression: string): string {
  if (expression.trim() !== expression) {
    return 'remove the leading and trailing spaces';
  }

  if (/^[0-9*?/,\-A-Z#]+( [0-9*?/,\-A-Z#]+){4,6}$/.test(expression)) {
    return `wrap cron fields in cron(...), e.g. cron(${expression})`;
  }

  return 'write e.g. rate(5 minutes), cron(0 9 * * ? *) or at(2025-12-24T18:00:00), in lower case';
}
