import type { LocalDateTime } from './types.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time in `timeZone` at `instant`.
 *
 * @example
 * ```ts
 * toLocalDateTime(new Date('2025-07-01T08:00:00Z'), 'Europe/London').hour; // 9
 * ```
 */
export function toLocalDateTime(
  instant: Date,
  timeZone: string,
): LocalDateTime {
  const parts = formatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);

  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/**
 * The offset of `timeZone` from UTC at `instant`, in minutes (east positive).
 *
 * @example
 * ```ts
 * offsetMinutes(new Date('2025-07-01T08:00:00Z'), 'Europe/London'); // 60
 * ```
 */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;

  return (
    (wallClockMs(toLocalDateTime(instant, timeZone)) - wholeSeconds) /
    MS_PER_MINUTE
  );
}

/**
 * Every instant at which `timeZone` shows `local`, earliest first: none in a
 * spring-forward gap, two in a fall-back overlap, otherwise one.
 *
 * @example
 * ```ts
 * resolveLocalDateTime({ year: 2025, month: 3, day: 30, hour: 1, minute: 30, second: 0 }, 'Europe/London'); // []
 * ```
 */
export function resolveLocalDateTime(
  local: LocalDateTime,
  timeZone: string,
): Date[] {
  const wallMs = wallClockMs(local);
  // Offsets a day either side cover any single transition near this time.
  const offsets = new Set(
    [wallMs - MS_PER_DAY, wallMs, wallMs + MS_PER_DAY].map((probe) =>
      offsetMinutes(new Date(probe), timeZone),
    ),
  );

  const instants = [...offsets]
    .map((offset) => new Date(wallMs - offset * MS_PER_MINUTE))
    .filter((instant) =>
      sameWallClock(toLocalDateTime(instant, timeZone), local),
    );

  return instants.sort((a, b) => a.getTime() - b.getTime());
}

/** `local` read as if it were UTC, in epoch milliseconds. */
export function wallClockMs(local: LocalDateTime): number {
  return Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
}

function sameWallClock(a: LocalDateTime, b: LocalDateTime): boolean {
  return wallClockMs(a) === wallClockMs(b);
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);

  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, cached);
  }

  return cached;
}
