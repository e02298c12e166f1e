import { CRON_FIELD_SPECS, WEEKDAY_NAMES } from './cron-fields.js';
import { parseSchedule } from './parse-schedule.js';
import type { CronSchedule, Schedule } from './types.js';

/** Codes of the warnings {@link lintSchedule} returns; stable across releases. */
export const ScheduleWarningCode = {
  HIGH_FREQUENCY: 'high-frequency',
  EVERY_MINUTE_OF_FIXED_HOUR: 'every-minute-of-fixed-hour',
  NUMERIC_DAY_OF_WEEK: 'numeric-day-of-week',
  DAY_MISSING_IN_SOME_MONTHS: 'day-missing-in-some-months',
  NEVER_RUNS: 'never-runs',
  FIFTH_WEEKDAY: 'fifth-weekday',
  UNEVEN_STEP: 'uneven-step',
  RATE_IGNORES_LOCAL_TIME: 'rate-ignores-local-time',
} as const;

/** One of the {@link ScheduleWarningCode} values. */
export type ScheduleWarningCode =
  (typeof ScheduleWarningCode)[keyof typeof ScheduleWarningCode];

/** A valid expression that probably does not do what its author meant. */
export interface ScheduleWarning {
  readonly code: ScheduleWarningCode;
  readonly message: string;
}

const MINUTES_PER_DAY = 1440;
const INVOCATIONS_PER_MONTH_FACTOR = 30;
// The longest each month can be, so that 29 FEB counts as existing.
const MAX_DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = CRON_FIELD_SPECS[3]?.names ?? [];

/**
 * Warnings for a valid expression that is likely a mistake: every minute of a
 * fixed hour, Unix day-of-week numbering, a day missing from some months, and
 * so on. Throws {@link ScheduleExpressionError} for an invalid expression.
 *
 * @example
 * ```ts
 * lintSchedule('cron(* 9 * * ? *)');
 * // [{ code: 'every-minute-of-fixed-hour', message: 'cron minutes "*" with hours "9" runs every minute of that hour …' }]
 * ```
 */
export function lintSchedule(expression: string): readonly ScheduleWarning[] {
  const schedule = parseSchedule(expression);

  return schedule.kind === 'cron' ? lintCron(schedule) : lintOther(schedule);
}

function lintOther(schedule: Schedule): ScheduleWarning[] {
  if (schedule.kind !== 'rate') return [];

  const warnings: ScheduleWarning[] = [];
  if (schedule.unit === 'minutes' && schedule.value === 1) {
    warnings.push(highFrequency(MINUTES_PER_DAY));
  }

  if (schedule.unit === 'days') {
    warnings.push({
      code: ScheduleWarningCode.RATE_IGNORES_LOCAL_TIME,
      message: `${schedule.expression} counts elapsed 24-hour days from the start date, so in a zone with daylight saving time its local run time shifts by an hour twice a year; use cron(...) to run at a fixed local time`,
    });
  }

  return warnings;
}

function lintCron(schedule: CronSchedule): ScheduleWarning[] {
  return [
    ...lintFrequency(schedule),
    ...lintDayOfWeek(schedule),
    ...lintDayOfMonth(schedule),
    ...lintSteps(schedule),
  ];
}

function lintFrequency(schedule: CronSchedule): ScheduleWarning[] {
  const { fields } = schedule;
  if (fields.minutes !== '*') return [];

  if (fields.hours === '*') return [highFrequency(MINUTES_PER_DAY)];

  return [
    {
      code: ScheduleWarningCode.EVERY_MINUTE_OF_FIXED_HOUR,
      message: `cron minutes "*" with hours "${fields.hours}" runs every minute of ${schedule.hours.length === 1 ? 'that hour' : 'those hours'} (${60 * schedule.hours.length} runs a day); use 0 in minutes to run once at the start of the hour`,
    },
  ];
}

function highFrequency(runsPerDay: number): ScheduleWarning {
  const perMonth = (runsPerDay * INVOCATIONS_PER_MONTH_FACTOR).toLocaleString(
    'en-US',
  );

  return {
    code: ScheduleWarningCode.HIGH_FREQUENCY,
    message: `runs every minute, ${runsPerDay.toLocaleString('en-US')} times a day (about ${perMonth} Lambda invocations a month); use a longer interval unless the job really needs it`,
  };
}

function lintDayOfWeek(schedule: CronSchedule): ScheduleWarning[] {
  const text = schedule.fields['day-of-week'];
  const warnings: ScheduleWarning[] = [];

  if (schedule.dayOfWeek.kind === 'weekdays' && /[0-9]/.test(text)) {
    const named = text.replace(
      /[0-9]/g,
      (digit) => WEEKDAY_NAMES[Number(digit) - 1] ?? digit,
    );
    warnings.push({
      code: ScheduleWarningCode.NUMERIC_DAY_OF_WEEK,
      message: `cron day-of-week "${text}" means ${named} in AWS (SUN=1 … SAT=7), not Unix cron's SUN=0; write day names, e.g. MON-FRI, to make the intent clear`,
    });
  }

  if (
    schedule.dayOfWeek.kind === 'nth-in-month' &&
    schedule.dayOfWeek.n === 5
  ) {
    warnings.push({
      code: ScheduleWarningCode.FIFTH_WEEKDAY,
      message: `cron day-of-week "${text}" runs only in months with a fifth such weekday; use ${schedule.dayOfWeek.weekday}L for the last one of every month`,
    });
  }

  return warnings;
}

function lintDayOfMonth(schedule: CronSchedule): ScheduleWarning[] {
  const rule = schedule.dayOfMonth;
  const days =
    rule.kind === 'days'
      ? rule.days
      : rule.kind === 'nearest-weekday'
        ? [rule.day]
        : [];
  const firstDay = days[0];
  if (firstDay === undefined) return [];

  const text = schedule.fields['day-of-month'];
  const missing = schedule.months.filter(
    (month) => firstDay > (MAX_DAYS_IN_MONTH[month - 1] ?? 31),
  );
  const names = missing.map((month) => MONTH_NAMES[month - 1]).join(', ');

  if (missing.length === schedule.months.length) {
    return [
      {
        code: ScheduleWarningCode.NEVER_RUNS,
        message: `cron day-of-month "${text}" does not exist in ${names}, so the schedule never runs; pick a day every selected month has, or L for the last day`,
      },
    ];
  }

  const leapOnly = firstDay === 29 && schedule.months.includes(2);
  if (missing.length === 0 && !leapOnly) return [];

  const where = [names, leapOnly ? 'FEB outside leap years' : '']
    .filter(Boolean)
    .join(', ');

  return [
    {
      code: ScheduleWarningCode.DAY_MISSING_IN_SOME_MONTHS,
      message: `cron day-of-month "${text}" does not exist in ${where}, so the schedule skips those months; use L to run on the last day of every month`,
    },
  ];
}

function lintSteps(schedule: CronSchedule): ScheduleWarning[] {
  const checks = [
    {
      name: 'minutes',
      text: schedule.fields.minutes,
      cycle: 60,
      unit: 'minute',
    },
    { name: 'hours', text: schedule.fields.hours, cycle: 24, unit: 'hour' },
  ] as const;

  return checks.flatMap(({ name, text, cycle, unit }) => {
    const step = /^(?:\*|0)\/([0-9]+)$/.exec(text)?.[1];
    if (
      step === undefined ||
      cycle % Number(step) === 0 ||
      Number(step) >= cycle
    )
      return [];

    const lastRun = cycle - (cycle % Number(step) || Number(step));
    const gap = cycle - lastRun;

    return [
      {
        code: ScheduleWarningCode.UNEVEN_STEP,
        message: `cron ${name} "${text}" does not divide ${cycle}: the last run is at ${unit} ${lastRun} and the next at ${unit} 0, a ${gap}-${unit} gap instead of ${step}; use a step that divides ${cycle}, e.g. ${name === 'minutes' ? '*/5' : '*/6'}`,
      },
    ];
  });
}
