import { CRON_YEAR_RANGE } from './cron-fields.js';
import { type CivilDate, daysInMonth, matchesCronDay } from './cron-days.js';
import { ScheduleExpressionError } from './errors.js';
import { parseSchedule } from './parse-schedule.js';
import { assertTimeZone } from './time-zones.js';
import type {
  AtSchedule,
  CronSchedule,
  LocalDateTime,
  RateSchedule,
} from './types.js';
import {
  offsetMinutes,
  resolveLocalDateTime,
  toLocalDateTime,
  wallClockMs,
} from './zoned-time.js';

const DEFAULT_COUNT = 5;
const MAX_COUNT = 1000;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Options for {@link nextRuns}. */
export interface NextRunsOptions {
  /** IANA zone the expression is evaluated in. @default 'UTC' */
  readonly timezone?: string;
  /** How many runs to return, 1-1000. @default 5 */
  readonly count?: number;
  /** Runs at or after this instant are returned. @default new Date() (now) */
  readonly from?: Date;
}

/** A local time that does not exist on a spring-forward day, so the run is skipped. */
export interface SkippedLocalTime {
  /** The wall-clock time, `yyyy-mm-ddThh:mm:ss`. */
  readonly localTime: string;
}

/** A local time that occurs twice on a fall-back day; the schedule runs once. */
export interface MergedLocalTime {
  /** The wall-clock time, `yyyy-mm-ddThh:mm:ss`. */
  readonly localTime: string;
  /** The first occurrence, when the schedule runs (possibly before `from`). */
  readonly ranAt: Date;
  /** The repeat an hour (or so) later, when it does not run. */
  readonly repeatAt: Date;
}

/** What {@link nextRuns} returns. */
export interface NextRuns {
  /** Fire times as UTC instants, earliest first. */
  readonly runs: readonly Date[];
  /** Scheduled local times that fell into a DST gap before the last run. */
  readonly skipped: readonly SkippedLocalTime[];
  /**
   * Scheduled local times that fell into a DST overlap and whose repeat comes
   * at or after `from` and before the last run (the first may be earlier).
   */
  readonly merged: readonly MergedLocalTime[];
}

interface Collector {
  readonly runs: Date[];
  readonly skipped: SkippedLocalTime[];
  readonly merged: MergedLocalTime[];
}

/**
 * The next fire times of a schedule expression, computed in an IANA time zone
 * the way EventBridge Scheduler does: a local time skipped by spring forward
 * does not run, a local time repeated by fall back runs once (at its first
 * occurrence).
 *
 * `rate()` runs at `from` and then every interval of elapsed time (a day is
 * 24 hours), assuming the schedule starts at `from`: Scheduler starts a rate
 * schedule at its start date, or at creation when it has none. `at()` runs
 * once, if its local time is at or after `from`.
 *
 * @example
 * ```ts
 * nextRuns('cron(0 9 ? * MON-FRI *)', {
 *   timezone: 'Europe/London',
 *   count: 2,
 *   from: new Date('2025-03-28T00:00:00Z'),
 * }).runs; // [2025-03-28T09:00:00Z, 2025-03-31T08:00:00Z]
 * ```
 */
export function nextRuns(
  expression: string,
  options: NextRunsOptions = {},
): NextRuns {
  const {
    timezone = 'UTC',
    count = DEFAULT_COUNT,
    from = new Date(),
  } = options;
  const schedule = parseSchedule(expression);
  assertTimeZone(timezone);
  assertCount(count);

  const collector: Collector = { runs: [], skipped: [], merged: [] };
  if (schedule.kind === 'rate') collectRate(schedule, from, count, collector);
  if (schedule.kind === 'at') collectAt(schedule, timezone, from, collector);
  if (schedule.kind === 'cron')
    collectCron(schedule, timezone, from, count, collector);

  return collector;
}

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw new ScheduleExpressionError({
      field: 'count',
      value: String(count),
      rule: `is not an integer from 1 to ${MAX_COUNT}`,
      fix: `ask for between 1 and ${MAX_COUNT} runs`,
    });
  }
}

function collectRate(
  schedule: RateSchedule,
  from: Date,
  count: number,
  collector: Collector,
): void {
  for (let index = 0; index < count; index += 1) {
    collector.runs.push(new Date(from.getTime() + index * schedule.intervalMs));
  }
}

function collectAt(
  schedule: AtSchedule,
  timezone: string,
  from: Date,
  collector: Collector,
): void {
  fireAt(schedule.localTime, timezone, from, collector);
}

function collectCron(
  schedule: CronSchedule,
  timezone: string,
  from: Date,
  count: number,
  collector: Collector,
): void {
  const lastYear = Math.min(CRON_YEAR_RANGE.max, schedule.years.at(-1) ?? 0);
  // Start a day early: a zone that falls back across midnight shows the
  // previous date again after `from`.
  let date = addDays(toLocalDateTime(from, timezone), -1);

  while (date.year <= lastYear && collector.runs.length < count) {
    if (!schedule.years.includes(date.year)) {
      date = { year: date.year + 1, month: 1, day: 1 };
      continue;
    }

    if (!schedule.months.includes(date.month)) {
      date = addDays({ ...date, day: daysInMonth(date.year, date.month) }, 1);
      continue;
    }

    if (matchesCronDay(schedule, date)) {
      fireOnDay(schedule, date, timezone, from, count, collector);
    }

    date = addDays(date, 1);
  }
}

function fireOnDay(
  schedule: CronSchedule,
  date: CivilDate,
  timezone: string,
  from: Date,
  count: number,
  collector: Collector,
): void {
  for (const hour of schedule.hours) {
    for (const minute of schedule.minutes) {
      if (collector.runs.length >= count) return;

      fireAt({ ...date, hour, minute, second: 0 }, timezone, from, collector);
    }
  }
}

function fireAt(
  local: LocalDateTime,
  timezone: string,
  from: Date,
  collector: Collector,
): void {
  const [first, repeat] = resolveLocalDateTime(local, timezone);

  if (!first) {
    if (gapInstant(local, timezone) >= from.getTime()) {
      collector.skipped.push({ localTime: formatLocal(local) });
    }

    return;
  }

  if (repeat && repeat.getTime() >= from.getTime()) {
    collector.merged.push({
      localTime: formatLocal(local),
      ranAt: first,
      repeatAt: repeat,
    });
  }

  if (first.getTime() >= from.getTime()) collector.runs.push(first);
}

// Where a nonexistent local time would fall at the offset in force before the
// change: used only to tell whether the skip happened after `from`.
function gapInstant(local: LocalDateTime, timezone: string): number {
  const wallMs = wallClockMs(local);
  const offsetBefore = offsetMinutes(new Date(wallMs - MS_PER_DAY), timezone);

  return wallMs - offsetBefore * MS_PER_MINUTE;
}

function addDays(date: CivilDate, days: number): CivilDate {
  const shifted = new Date(
    Date.UTC(date.year, date.month - 1, date.day + days),
  );

  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

function formatLocal(local: LocalDateTime): string {
  const pad = (value: number, width = 2): string =>
    String(value).padStart(width, '0');

  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
}
