import { describe, expect, it } from 'vitest';

import { lintSchedule } from '../../src/schedule/index.js';

describe('lintSchedule', () => {
  it.each([
    [
      'cron(* 9 * * ? *)',
      'every-minute-of-fixed-hour',
      'cron minutes "*" with hours "9" runs every minute of that hour (60 runs a day); use 0 in minutes to run once at the start of the hour',
    ],
    [
      'cron(* * * * ? *)',
      'high-frequency',
      'runs every minute, 1,440 times a day (about 43,200 Lambda invocations a month); use a longer interval unless the job really needs it',
    ],
    [
      'rate(1 minute)',
      'high-frequency',
      'runs every minute, 1,440 times a day (about 43,200 Lambda invocations a month); use a longer interval unless the job really needs it',
    ],
    [
      'cron(0 9 ? * 1-5 *)',
      'numeric-day-of-week',
      'cron day-of-week "1-5" means SUN-THU in AWS (SUN=1 … SAT=7), not Unix cron\'s SUN=0; write day names, e.g. MON-FRI, to make the intent clear',
    ],
    [
      'cron(0 9 31 * ? *)',
      'day-missing-in-some-months',
      'cron day-of-month "31" does not exist in FEB, APR, JUN, SEP, NOV, so the schedule skips those months; use L to run on the last day of every month',
    ],
    [
      'cron(0 9 29 * ? *)',
      'day-missing-in-some-months',
      'cron day-of-month "29" does not exist in FEB outside leap years, so the schedule skips those months; use L to run on the last day of every month',
    ],
    [
      'cron(0 9 31 APR,JUN ? *)',
      'never-runs',
      'cron day-of-month "31" does not exist in APR, JUN, so the schedule never runs; pick a day every selected month has, or L for the last day',
    ],
    [
      'cron(0 9 ? * 2#5 *)',
      'fifth-weekday',
      'cron day-of-week "2#5" runs only in months with a fifth such weekday; use 2L for the last one of every month',
    ],
    [
      'cron(*/7 * * * ? *)',
      'uneven-step',
      'cron minutes "*/7" does not divide 60: the last run is at minute 56 and the next at minute 0, a 4-minute gap instead of 7; use a step that divides 60, e.g. */5',
    ],
    [
      'cron(0 0/5 * * ? *)',
      'uneven-step',
      'cron hours "0/5" does not divide 24: the last run is at hour 20 and the next at hour 0, a 4-hour gap instead of 5; use a step that divides 24, e.g. */6',
    ],
    [
      'rate(1 day)',
      'rate-ignores-local-time',
      'rate(1 day) counts elapsed 24-hour days from the start date, so in a zone with daylight saving time its local run time shifts by an hour twice a year; use cron(...) to run at a fixed local time',
    ],
  ])('warns about %s', (expression, code, message) => {
    const warnings = lintSchedule(expression);

    expect(warnings).toEqual([{ code, message }]);
  });

  it.each([
    'cron(0 9 ? * MON-FRI *)',
    'cron(0/15 * * * ? *)',
    'cron(0 9 L * ? *)',
    'cron(0 9 28 * ? *)',
    'cron(0 */6 * * ? *)',
    'rate(5 minutes)',
    'at(2025-12-24T18:00:00)',
  ])('has no warnings for %s', (expression) => {
    const warnings = lintSchedule(expression);

    expect(warnings).toEqual([]);
  });

  it('throws for an invalid expression instead of warning', () => {
    const lint = (): unknown => lintSchedule('rate(5 minute)');

    expect(lint).toThrow('rate unit "minute" is singular but the value is 5');
  });
});
