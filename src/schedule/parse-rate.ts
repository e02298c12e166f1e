import { ScheduleExpressionError } from './errors.js';
import type { RateSchedule, RateUnit } from './types.js';

const MS_PER_MINUTE = 60_000;

const UNIT_MS: Readonly<Record<RateUnit, number>> = {
  minutes: MS_PER_MINUTE,
  hours: 60 * MS_PER_MINUTE,
  days: 24 * 60 * MS_PER_MINUTE,
};

const SINGULAR: Readonly<Record<string, RateUnit>> = {
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
};

/**
 * Parses the body of `rate(...)`: a positive integer and a unit, singular
 * exactly when the value is 1 (AWS rejects `rate(1 minutes)` and `rate(5 minute)`).
 *
 * @example
 * ```ts
 * parseRate('rate(5 minutes)', '5 minutes').intervalMs; // 300000
 * ```
 */
export function parseRate(expression: string, body: string): RateSchedule {
  const parts = body.split(' ');
  const [valueText = '', unitText = ''] = parts;

  if (parts.length !== 2) {
    throw new ScheduleExpressionError({
      field: 'rate expression',
      value: body,
      rule: 'is not "value unit"',
      fix: 'write a number and a unit separated by one space, e.g. rate(5 minutes)',
    });
  }

  const value = parseValue(valueText);
  const unit = parseUnit(value, unitText);

  return {
    kind: 'rate',
    expression,
    value,
    unit,
    intervalMs: value * UNIT_MS[unit],
  };
}

function parseValue(text: string): number {
  if (!/^[0-9]+$/.test(text) || Number(text) < 1) {
    throw new ScheduleExpressionError({
      field: 'rate value',
      value: text,
      rule: 'is not a positive integer',
      fix: 'use a whole number of 1 or more, e.g. rate(5 minutes)',
    });
  }

  return Number(text);
}

function parseUnit(value: number, text: string): RateUnit {
  const singular = SINGULAR[text];
  const isPlural = text in UNIT_MS;

  if (!singular && !isPlural) {
    throw new ScheduleExpressionError({
      field: 'rate unit',
      value: text,
      rule: 'is not a unit EventBridge Scheduler accepts',
      fix: 'use minute(s), hour(s) or day(s); for weeks use days, e.g. rate(7 days)',
    });
  }

  if (value === 1 && !singular) {
    throw new ScheduleExpressionError({
      field: 'rate unit',
      value: text,
      rule: 'is plural but the value is 1',
      fix: `use the singular for 1, e.g. rate(1 ${text.slice(0, -1)})`,
    });
  }

  if (value !== 1 && singular) {
    throw new ScheduleExpressionError({
      field: 'rate unit',
      value: text,
      rule: `is singular but the value is ${value}`,
      fix: `use the plural for values other than 1, e.g. rate(${value} ${singular})`,
    });
  }

  return singular ?? (text as RateUnit);
}
