import type { CronSchedule, DayOfMonthRule, DayOfWeekRule } from './types.js';

const SATURDAY = 7;
const SUNDAY = 1;
const DAYS_PER_WEEK = 7;

/** A calendar date with 1-based month and day. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Whether a cron schedule runs on `date` (its year, month and day fields).
 *
 * @example
 * ```ts
 * matchesCronDay(parseCron('cron(0 9 L * ? *)', '0 9 L * ? *'), { year: 2024, month: 2, day: 29 }); // true
 * ```
 */
export function matchesCronDay(
  schedule: CronSchedule,
  date: CivilDate,
): boolean {
  return (
    schedule.years.includes(date.year) &&
    schedule.months.includes(date.month) &&
    matchesDayOfMonth(schedule.dayOfMonth, date) &&
    matchesDayOfWeek(schedule.dayOfWeek, date)
  );
}

/** Days in the month of `date`, 28-31. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** AWS weekday number of a date: SUN=1 … SAT=7. */
export function weekdayOf(date: CivilDate): number {
  return (
    new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 1
  );
}

function matchesDayOfMonth(rule: DayOfMonthRule, date: CivilDate): boolean {
  const lastDay = daysInMonth(date.year, date.month);

  switch (rule.kind) {
    case 'unspecified':
      return true;
    case 'days':
      return rule.days.includes(date.day);
    case 'last-day':
      return date.day === lastDay;
    case 'last-weekday':
      return date.day === nearestWeekday(date, lastDay, lastDay);
    case 'nearest-weekday':
      return (
        rule.day <= lastDay &&
        date.day === nearestWeekday(date, rule.day, lastDay)
      );
  }
}

function matchesDayOfWeek(rule: DayOfWeekRule, date: CivilDate): boolean {
  const weekday = weekdayOf(date);

  switch (rule.kind) {
    case 'unspecified':
      return true;
    case 'weekdays':
      return rule.weekdays.includes(weekday);
    case 'last-in-month':
      return (
        weekday === rule.weekday &&
        date.day + DAYS_PER_WEEK > daysInMonth(date.year, date.month)
      );
    case 'nth-in-month':
      return (
        weekday === rule.weekday &&
        Math.ceil(date.day / DAYS_PER_WEEK) === rule.n
      );
  }
}

// `15W`: the weekday nearest the 15th without leaving the month (Quartz rules,
// which AWS documents by example: a Saturday moves to Friday, a Sunday to
// Monday, except that the 1st moves forward and the last day moves back).
function nearestWeekday(
  date: CivilDate,
  target: number,
  lastDay: number,
): number {
  const weekday = weekdayOf({ ...date, day: target });

  if (weekday === SATURDAY) return target === 1 ? target + 2 : target - 1;
  if (weekday === SUNDAY) return target === lastDay ? target - 2 : target + 1;

  return target;
}
