/** A wall-clock date and time with no zone attached; months and days are 1-based. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The time units a `rate()` expression accepts, always stored in the plural. */
export type RateUnit = 'minutes' | 'hours' | 'days';

/** A parsed `rate(value unit)` expression. */
export interface RateSchedule {
  readonly kind: 'rate';
  readonly expression: string;
  readonly value: number;
  readonly unit: RateUnit;
  /** Elapsed time between runs; Scheduler treats a day as 24 hours. */
  readonly intervalMs: number;
}

/** A parsed `at(yyyy-mm-ddThh:mm:ss)` expression, in the schedule's zone. */
export interface AtSchedule {
  readonly kind: 'at';
  readonly expression: string;
  readonly localTime: LocalDateTime;
}

/** The six cron fields in AWS order, as named in error messages. */
export type CronFieldName =
  'minutes' | 'hours' | 'day-of-month' | 'month' | 'day-of-week' | 'year';

/** Which days of the month a cron day-of-month field selects. */
export type DayOfMonthRule =
  | { readonly kind: 'unspecified' }
  | { readonly kind: 'days'; readonly days: readonly number[] }
  | { readonly kind: 'last-day' }
  | { readonly kind: 'last-weekday' }
  | { readonly kind: 'nearest-weekday'; readonly day: number };

/** Which days a cron day-of-week field selects; weekdays are SUN=1 … SAT=7. */
export type DayOfWeekRule =
  | { readonly kind: 'unspecified' }
  | { readonly kind: 'weekdays'; readonly weekdays: readonly number[] }
  | { readonly kind: 'last-in-month'; readonly weekday: number }
  | {
      readonly kind: 'nth-in-month';
      readonly weekday: number;
      readonly n: number;
    };

/** A parsed six-field `cron(...)` expression; value lists are sorted ascending. */
export interface CronSchedule {
  readonly kind: 'cron';
  readonly expression: string;
  /** The six fields as written, keyed by field name. */
  readonly fields: Readonly<Record<CronFieldName, string>>;
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly dayOfMonth: DayOfMonthRule;
  readonly months: readonly number[];
  readonly dayOfWeek: DayOfWeekRule;
  readonly years: readonly number[];
}

/** Any parsed EventBridge Scheduler schedule expression. */
export type Schedule = RateSchedule | AtSchedule | CronSchedule;
