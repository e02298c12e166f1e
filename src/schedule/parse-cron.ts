import { CRON_FIELD_SPECS, type CronFieldSpec } from './cron-fields.js';
import { ScheduleExpressionError } from './errors.js';
import { label, parseFieldValue, parseValueList } from './parse-cron-field.js';
import type {
  CronFieldName,
  CronSchedule,
  DayOfMonthRule,
  DayOfWeekRule,
} from './types.js';

const FIELD_COUNT = 6;
const NEAREST_WEEKDAY = /^([0-9]+)W$/;
const LAST_WEEKDAY_OF_MONTH = /^([0-9]+)L$/;
const NTH_WEEKDAY = /^([0-9]+)#([0-9]+)$/;
const MAX_WEEKS_IN_MONTH = 5;

/**
 * Parses the body of `cron(...)`: six space-separated fields in AWS's dialect.
 *
 * @example
 * ```ts
 * parseCron('cron(0 9 ? * MON-FRI *)', '0 9 ? * MON-FRI *').hours; // [9]
 * ```
 */
export function parseCron(expression: string, body: string): CronSchedule {
  const texts = splitFields(body);
  const specs = CRON_FIELD_SPECS;
  const fields = Object.fromEntries(
    specs.map((spec, index) => [spec.name, texts[index] ?? '']),
  ) as Record<CronFieldName, string>;

  requireOneUnspecifiedDay(fields['day-of-month'], fields['day-of-week']);

  return {
    kind: 'cron',
    expression,
    fields,
    minutes: parseValueList(spec('minutes'), fields.minutes),
    hours: parseValueList(spec('hours'), fields.hours),
    dayOfMonth: parseDayOfMonth(spec('day-of-month'), fields['day-of-month']),
    months: parseValueList(spec('month'), fields.month),
    dayOfWeek: parseDayOfWeek(spec('day-of-week'), fields['day-of-week']),
    years: parseValueList(spec('year'), fields.year),
  };
}

function splitFields(body: string): string[] {
  const texts = body.split(' ');

  if (texts.includes('')) {
    throw new ScheduleExpressionError({
      field: 'cron expression',
      value: body,
      rule: 'has an empty field or extra spaces',
      fix: 'separate the six fields with single spaces',
    });
  }

  if (texts.length === FIELD_COUNT - 1) {
    throw new ScheduleExpressionError({
      field: 'cron expression',
      value: body,
      rule: 'has 5 fields (Unix cron) but AWS cron needs 6: minutes hours day-of-month month day-of-week year',
      fix: 'add a year field (usually *), put ? in day-of-month or day-of-week, and number days SUN=1 … SAT=7, e.g. cron(0 9 ? * MON-FRI *)',
    });
  }

  if (texts.length !== FIELD_COUNT) {
    throw new ScheduleExpressionError({
      field: 'cron expression',
      value: body,
      rule: `has ${texts.length} fields but AWS cron needs 6: minutes hours day-of-month month day-of-week year`,
      fix: 'remove any seconds field and write exactly six fields, e.g. cron(0 9 * * ? *)',
    });
  }

  return texts;
}

// AWS: "You can't specify the Day-of-month and Day-of-week fields in the same
// cron expression" — `*` counts as specifying, so exactly one must be `?`.
function requireOneUnspecifiedDay(dayOfMonth: string, dayOfWeek: string): void {
  if (dayOfMonth === '?' && dayOfWeek === '?') {
    throw new ScheduleExpressionError({
      field: 'cron day-of-month and day-of-week',
      value: '? ?',
      rule: 'are both "?" but exactly one of them must be',
      fix: 'put * in day-of-month for every day, e.g. cron(0 9 * * ? *)',
    });
  }

  if (dayOfMonth !== '?' && dayOfWeek !== '?') {
    throw new ScheduleExpressionError({
      field: 'cron day-of-month and day-of-week',
      value: `${dayOfMonth} ${dayOfWeek}`,
      rule: 'are both specified but AWS requires "?" in exactly one of them',
      fix:
        dayOfWeek === '*'
          ? 'replace the day-of-week * with ?'
          : `replace the day-of-month ${dayOfMonth} with ? to run on ${dayOfWeek}`,
    });
  }
}

function parseDayOfMonth(
  fieldSpec: CronFieldSpec,
  text: string,
): DayOfMonthRule {
  if (text === '?') return { kind: 'unspecified' };
  if (text === 'L') return { kind: 'last-day' };
  if (text === 'LW') return { kind: 'last-weekday' };

  const nearest = NEAREST_WEEKDAY.exec(text);
  if (nearest?.[1] !== undefined) {
    return {
      kind: 'nearest-weekday',
      day: parseFieldValue(fieldSpec, nearest[1]),
    };
  }

  if (/[LW]/.test(text)) {
    throw new ScheduleExpressionError({
      field: label(fieldSpec),
      value: text,
      rule: 'uses L or W in a way AWS does not accept',
      fix: 'write L (last day), LW (last weekday) or a single day with W such as 15W, alone in the field',
    });
  }

  return { kind: 'days', days: parseValueList(fieldSpec, text) };
}

function parseDayOfWeek(fieldSpec: CronFieldSpec, text: string): DayOfWeekRule {
  if (text === '?') return { kind: 'unspecified' };
  // Quartz, which AWS follows: `L` alone is the last day of the week, Saturday.
  if (text === 'L') return { kind: 'weekdays', weekdays: [fieldSpec.max] };

  const last = LAST_WEEKDAY_OF_MONTH.exec(text);
  if (last?.[1] !== undefined) {
    return {
      kind: 'last-in-month',
      weekday: parseFieldValue(fieldSpec, last[1]),
    };
  }

  const nth = NTH_WEEKDAY.exec(text);
  if (nth?.[1] !== undefined && nth[2] !== undefined) {
    return {
      kind: 'nth-in-month',
      weekday: parseFieldValue(fieldSpec, nth[1]),
      n: parseWeekNumber(text, nth[2]),
    };
  }

  if (/[L#]/.test(text)) {
    throw new ScheduleExpressionError({
      field: label(fieldSpec),
      value: text,
      rule: 'uses L or # in a way AWS does not accept',
      fix: 'write a single numbered day with it, alone in the field, e.g. 6L (last Friday) or 3#2 (second Tuesday)',
    });
  }

  return { kind: 'weekdays', weekdays: parseValueList(fieldSpec, text) };
}

function parseWeekNumber(text: string, nText: string): number {
  const n = Number(nText);

  if (n < 1 || n > MAX_WEEKS_IN_MONTH) {
    throw new ScheduleExpressionError({
      field: 'cron day-of-week',
      value: text,
      rule: `asks for occurrence ${nText} but a month has at most ${MAX_WEEKS_IN_MONTH}`,
      fix: 'use 1-5 after "#", e.g. 3#2 for the second Tuesday',
    });
  }

  return n;
}

function spec(name: CronFieldName): CronFieldSpec {
  const found = CRON_FIELD_SPECS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`unknown cron field ${name}`);

  return found;
}
