import { describe, expect, it } from 'vitest';

import {
  parseSchedule,
  ScheduleExpressionError,
} from '../../src/schedule/index.js';

describe('parseSchedule', () => {
  it.each([
    ['rate(1 minute)', { value: 1, unit: 'minutes', intervalMs: 60_000 }],
    ['rate(5 minutes)', { value: 5, unit: 'minutes', intervalMs: 300_000 }],
    ['rate(1 hour)', { value: 1, unit: 'hours', intervalMs: 3_600_000 }],
    ['rate(12 hours)', { value: 12, unit: 'hours', intervalMs: 43_200_000 }],
    ['rate(1 day)', { value: 1, unit: 'days', intervalMs: 86_400_000 }],
    ['rate(7 days)', { value: 7, unit: 'days', intervalMs: 604_800_000 }],
  ])('reads %s as a rate', (expression, expected) => {
    const schedule = parseSchedule(expression);

    expect(schedule).toMatchObject({ kind: 'rate', ...expected });
  });

  it('reads at() as a local date and time', () => {
    const schedule = parseSchedule('at(2025-12-24T18:05:09)');

    expect(schedule).toMatchObject({
      kind: 'at',
      localTime: {
        year: 2025,
        month: 12,
        day: 24,
        hour: 18,
        minute: 5,
        second: 9,
      },
    });
  });

  it.each([
    ['*', 'minutes', Array.from({ length: 60 }, (_, minute) => minute)],
    ['5', 'minutes', [5]],
    ['5,35', 'minutes', [5, 35]],
    ['10-12', 'minutes', [10, 11, 12]],
    ['*/15', 'minutes', [0, 15, 30, 45]],
    ['0/15', 'minutes', [0, 15, 30, 45]],
    ['10/15', 'minutes', [10, 25, 40, 55]],
    ['1-30/10', 'minutes', [1, 11, 21]],
    ['0,30/10', 'minutes', [0, 30, 40, 50]],
    ['8-17', 'hours', [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]],
    ['*/6', 'hours', [0, 6, 12, 18]],
    ['JAN', 'months', [1]],
    ['JAN-MAR', 'months', [1, 2, 3]],
    ['JUN,DEC', 'months', [6, 12]],
    ['*/3', 'months', [1, 4, 7, 10]],
    ['2025-2027', 'years', [2025, 2026, 2027]],
    ['2100/50', 'years', [2100, 2150]],
  ])('expands "%s" in %s', (text, key, expected) => {
    const fields: Record<string, string> = {
      minutes: '0',
      hours: '0',
      months: '*',
      years: '*',
    };
    fields[key] = text;

    const schedule = parseSchedule(
      `cron(${fields.minutes} ${fields.hours} * ${fields.months} ? ${fields.years})`,
    );

    expect(schedule).toMatchObject({ kind: 'cron', [key]: expected });
  });

  it.each([
    ['?', { kind: 'unspecified' }],
    ['15', { kind: 'days', days: [15] }],
    ['1,15', { kind: 'days', days: [1, 15] }],
    ['1-5/2', { kind: 'days', days: [1, 3, 5] }],
    ['L', { kind: 'last-day' }],
    ['LW', { kind: 'last-weekday' }],
    ['15W', { kind: 'nearest-weekday', day: 15 }],
  ])('reads day-of-month "%s"', (text, expected) => {
    const dayOfWeek = text === '?' ? 'MON' : '?';

    const schedule = parseSchedule(`cron(0 9 ${text} * ${dayOfWeek} *)`);

    expect(schedule).toMatchObject({ dayOfMonth: expected });
  });

  it.each([
    ['*', { kind: 'weekdays', weekdays: [1, 2, 3, 4, 5, 6, 7] }],
    ['MON-FRI', { kind: 'weekdays', weekdays: [2, 3, 4, 5, 6] }],
    ['SUN,SAT', { kind: 'weekdays', weekdays: [1, 7] }],
    ['2-6', { kind: 'weekdays', weekdays: [2, 3, 4, 5, 6] }],
    ['L', { kind: 'weekdays', weekdays: [7] }],
    ['6L', { kind: 'last-in-month', weekday: 6 }],
    ['3#2', { kind: 'nth-in-month', weekday: 3, n: 2 }],
    ['2#1', { kind: 'nth-in-month', weekday: 2, n: 1 }],
  ])('reads day-of-week "%s" with SUN=1', (text, expected) => {
    const schedule = parseSchedule(`cron(0 9 ? * ${text} *)`);

    expect(schedule).toMatchObject({ dayOfWeek: expected });
  });

  it.each([
    // wrapper
    [
      '0 9 * * ? *',
      'schedule expression "0 9 * * ? *" is not rate(...), cron(...) or at(...); wrap cron fields in cron(...), e.g. cron(0 9 * * ? *)',
    ],
    [
      ' rate(5 minutes)',
      'schedule expression " rate(5 minutes)" is not rate(...), cron(...) or at(...); remove the leading and trailing spaces',
    ],
    [
      'every(5 minutes)',
      'schedule expression "every(5 minutes)" is not rate(...), cron(...) or at(...); write e.g. rate(5 minutes), cron(0 9 * * ? *) or at(2025-12-24T18:00:00), in lower case',
    ],
    // rate
    [
      'rate(1 minutes)',
      'rate unit "minutes" is plural but the value is 1; use the singular for 1, e.g. rate(1 minute)',
    ],
    [
      'rate(5 minute)',
      'rate unit "minute" is singular but the value is 5; use the plural for values other than 1, e.g. rate(5 minutes)',
    ],
    [
      'rate(0 minutes)',
      'rate value "0" is not a positive integer; use a whole number of 1 or more, e.g. rate(5 minutes)',
    ],
    [
      'rate(1.5 hours)',
      'rate value "1.5" is not a positive integer; use a whole number of 1 or more, e.g. rate(5 minutes)',
    ],
    [
      'rate(2 weeks)',
      'rate unit "weeks" is not a unit EventBridge Scheduler accepts; use minute(s), hour(s) or day(s); for weeks use days, e.g. rate(7 days)',
    ],
    [
      'rate(5minutes)',
      'rate expression "5minutes" is not "value unit"; write a number and a unit separated by one space, e.g. rate(5 minutes)',
    ],
    // cron shape
    [
      'cron(0 9 * * 1)',
      'cron expression "0 9 * * 1" has 5 fields (Unix cron) but AWS cron needs 6: minutes hours day-of-month month day-of-week year; add a year field (usually *), put ? in day-of-month or day-of-week, and number days SUN=1 … SAT=7, e.g. cron(0 9 ? * MON-FRI *)',
    ],
    [
      'cron(0 0 9 * * ? *)',
      'cron expression "0 0 9 * * ? *" has 7 fields but AWS cron needs 6: minutes hours day-of-month month day-of-week year; remove any seconds field and write exactly six fields, e.g. cron(0 9 * * ? *)',
    ],
    [
      'cron(0  9 * * ? *)',
      'cron expression "0  9 * * ? *" has an empty field or extra spaces; separate the six fields with single spaces',
    ],
    // ? misuse
    [
      'cron(0 9 ? * ? *)',
      'cron day-of-month and day-of-week "? ?" are both "?" but exactly one of them must be; put * in day-of-month for every day, e.g. cron(0 9 * * ? *)',
    ],
    [
      'cron(0 9 * * * *)',
      'cron day-of-month and day-of-week "* *" are both specified but AWS requires "?" in exactly one of them; replace the day-of-week * with ?',
    ],
    [
      'cron(0 9 1 * MON *)',
      'cron day-of-month and day-of-week "1 MON" are both specified but AWS requires "?" in exactly one of them; replace the day-of-month 1 with ? to run on MON',
    ],
    [
      'cron(? 9 * * ? *)',
      'cron minutes "?" is not a valid value; use 0-59, "*", or ranges, lists and steps of them',
    ],
    // out of range
    ['cron(60 9 * * ? *)', 'cron minutes "60" is out of range 0-59; use 0-59'],
    ['cron(0 24 * * ? *)', 'cron hours "24" is out of range 0-23; use 0-23'],
    [
      'cron(0 9 32 * ? *)',
      'cron day-of-month "32" is out of range 1-31; use 1-31',
    ],
    [
      'cron(0 9 0 * ? *)',
      'cron day-of-month "0" is out of range 1-31; use 1-31',
    ],
    [
      'cron(0 9 * 13 ? *)',
      'cron month "13" is out of range 1-12; use 1-12 or JAN-DEC',
    ],
    [
      'cron(0 9 ? * 8 *)',
      'cron day-of-week "8" is out of range 1-7 (SUN=1 … SAT=7); use 1-7 or SUN-SAT',
    ],
    [
      'cron(0 9 ? * 0 *)',
      'cron day-of-week "0" is out of range 1-7 (SUN=1 … SAT=7); use 1-7 or SUN-SAT',
    ],
    [
      'cron(0 9 * * ? 1969)',
      'cron year "1969" is out of range 1970-2199; use 1970-2199',
    ],
    [
      'cron(0 9 * * ? 2200)',
      'cron year "2200" is out of range 1970-2199; use 1970-2199',
    ],
    // malformed values
    [
      'cron(0 9 ? * mon *)',
      'cron day-of-week "mon" is not a valid value; write names in upper case, e.g. MON',
    ],
    [
      'cron(0 9 * FOO ? *)',
      'cron month "FOO" is not a valid value; use 1-12 or JAN-DEC, "*", or ranges, lists and steps of them',
    ],
    [
      'cron(0 17-9 * * ? *)',
      'cron hours "17-9" is a range whose start is after its end; write the smaller value first or split it into two ranges, e.g. 9-23,0-17',
    ],
    [
      'cron(*/0 9 * * ? *)',
      'cron minutes "*/0" has a step that is not a positive integer; use a whole number of 1 or more after "/", e.g. 0/15',
    ],
    [
      'cron(0/5/2 9 * * ? *)',
      'cron minutes "0/5/2" has more than one "/"; write one step per item, e.g. 0/15',
    ],
    [
      'cron(1,,2 9 * * ? *)',
      'cron minutes "" is an empty list item; separate values with single commas, e.g. 1,15',
    ],
    [
      'cron(0 9 ? * */2 *)',
      'cron day-of-week "*/2" uses a "/" step, which AWS does not allow in this field; list the values instead, e.g. MON,WED,FRI',
    ],
    // L, W, #
    [
      'cron(0 9 L-2 * ? *)',
      'cron day-of-month "L-2" uses L or W in a way AWS does not accept; write L (last day), LW (last weekday) or a single day with W such as 15W, alone in the field',
    ],
    [
      'cron(0 9 1,15W * ? *)',
      'cron day-of-month "1,15W" uses L or W in a way AWS does not accept; write L (last day), LW (last weekday) or a single day with W such as 15W, alone in the field',
    ],
    [
      'cron(0 9 32W * ? *)',
      'cron day-of-month "32" is out of range 1-31; use 1-31',
    ],
    [
      'cron(0 9 ? * 3#6 *)',
      'cron day-of-week "3#6" asks for occurrence 6 but a month has at most 5; use 1-5 after "#", e.g. 3#2 for the second Tuesday',
    ],
    [
      'cron(0 9 ? * 8#1 *)',
      'cron day-of-week "8" is out of range 1-7 (SUN=1 … SAT=7); use 1-7 or SUN-SAT',
    ],
    [
      'cron(0 9 ? * MON#1 *)',
      'cron day-of-week "MON#1" uses L or # in a way AWS does not accept; write a single numbered day with it, alone in the field, e.g. 6L (last Friday) or 3#2 (second Tuesday)',
    ],
    [
      'cron(0 9 ? * 2,6L *)',
      'cron day-of-week "2,6L" uses L or # in a way AWS does not accept; write a single numbered day with it, alone in the field, e.g. 6L (last Friday) or 3#2 (second Tuesday)',
    ],
    // at
    [
      'at(2025-12-24 18:00:00)',
      'at time "2025-12-24 18:00:00" is not in the form yyyy-mm-ddThh:mm:ss; write a local date and time without a zone or milliseconds, e.g. at(2025-12-24T18:00:00)',
    ],
    [
      'at(2025-12-24T18:00:00Z)',
      'at time "2025-12-24T18:00:00Z" is not in the form yyyy-mm-ddThh:mm:ss; write a local date and time without a zone or milliseconds, e.g. at(2025-12-24T18:00:00)',
    ],
    [
      'at(2025-12-24T18:00)',
      'at time "2025-12-24T18:00" is not in the form yyyy-mm-ddThh:mm:ss; write a local date and time without a zone or milliseconds, e.g. at(2025-12-24T18:00:00)',
    ],
    [
      'at(2025-02-29T09:00:00)',
      'at date "2025-02-29T09:00:00" is not a calendar date; use a month 01-12 and a day that exists in that month',
    ],
    [
      'at(2025-13-01T09:00:00)',
      'at date "2025-13-01T09:00:00" is not a calendar date; use a month 01-12 and a day that exists in that month',
    ],
    [
      'at(2025-12-24T24:00:00)',
      'at time "2025-12-24T24:00:00" is not a time of day; use hours 00-23, minutes 00-59 and seconds 00-59',
    ],
  ])(
    'rejects %s with a message that says how to fix it',
    (expression, message) => {
      const parse = (): unknown => parseSchedule(expression);

      expect(parse).toThrow(ScheduleExpressionError);
      expect(parse).toThrow(message);
    },
  );

  it('names the field and value on the error', () => {
    let caught: unknown;

    try {
      parseSchedule('cron(0 9 ? * 8 *)');
    } catch (error) {
      caught = error;
    }

    expect(caught).toMatchObject({
      name: 'ScheduleExpressionError',
      field: 'cron day-of-week',
      value: '8',
      rule: 'is out of range 1-7 (SUN=1 … SAT=7)',
      fix: 'use 1-7 or SUN-SAT',
    });
  });
});
