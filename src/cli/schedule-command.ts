import { parseArgs } from 'node:util';

import {
  lintSchedule,
  nextRuns,
  offsetMinutes,
  ScheduleExpressionError,
  toLocalDateTime,
  type NextRuns,
} from '../schedule/index.js';
import {
  type CliIo,
  ExitCode,
  type Subcommand,
  UsageError,
} from './subcommand.js';

const USAGE = `Usage: lambdacron schedule "<expression>" [--tz <zone>] [--count <n>] [--from <instant>]

Prints the next runs of an EventBridge Scheduler expression in UTC and local
time, lint warnings, and the local times daylight saving time skips or merges.

Options:
  --tz <zone>        IANA time zone the schedule runs in (default UTC)
  --count <n>        number of runs to print, 1-1000 (default 5)
  --from <instant>   ISO 8601 instant to start from (default now)
  -h, --help         show this help

Example:
  lambdacron schedule "cron(0 9 ? * MON-FRI *)" --tz Europe/London`;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** `lambdacron schedule`: explains when an expression runs. */
export const scheduleCommand: Subcommand = {
  summary: 'show the next runs of a schedule expression and lint it',
  usage: USAGE,
  run: runSchedule,
};

function runSchedule(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      tz: { type: 'string', default: 'UTC' },
      count: { type: 'string', default: '5' },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });

  if (values.help) {
    io.stdout(`${USAGE}\n`);

    return ExitCode.OK;
  }

  const [expression, ...extra] = positionals;
  if (expression === undefined || extra.length > 0) {
    throw new UsageError('expected exactly one schedule expression, quoted');
  }

  const timezone = values.tz;
  const result = nextRuns(expression, {
    timezone,
    count: parseCount(values.count),
    from: parseFrom(values.from),
  });

  io.stdout(render(expression, timezone, result));

  return ExitCode.OK;
}

function parseCount(text: string): number {
  if (!/^[0-9]+$/.test(text)) {
    throw new ScheduleExpressionError({
      field: '--count',
      value: text,
      rule: 'is not a whole number',
      fix: 'pass the number of runs to print, e.g. --count 10',
    });
  }

  return Number(text);
}

function parseFrom(text: string | undefined): Date {
  if (text === undefined) return new Date();

  const from = new Date(text);
  if (Number.isNaN(from.getTime())) {
    throw new ScheduleExpressionError({
      field: '--from',
      value: text,
      rule: 'is not a date and time',
      fix: 'use an ISO 8601 instant, e.g. 2025-03-28T00:00:00Z',
    });
  }

  return from;
}

function render(
  expression: string,
  timezone: string,
  result: NextRuns,
): string {
  const lines = [`Schedule:  ${expression}`, `Time zone: ${timezone}`, ''];

  lines.push(
    result.runs.length === 0 ? 'No upcoming runs.' : 'Next runs (UTC → local):',
  );
  for (const run of result.runs) {
    lines.push(`  ${formatUtc(run)}  →  ${formatLocal(run, timezone)}`);
  }

  const warnings = lintSchedule(expression);
  if (warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of warnings)
      lines.push(`  [${warning.code}] ${warning.message}`);
  }

  if (result.skipped.length > 0 || result.merged.length > 0) {
    lines.push('', 'Daylight saving time:');
  }
  for (const { localTime } of result.skipped) {
    lines.push(
      `  skipped ${localTime.replace('T', ' ')}: this local time does not exist in ${timezone} (clocks go forward), so it does not run`,
    );
  }
  for (const { localTime, ranAt, repeatAt } of result.merged) {
    lines.push(
      `  merged  ${localTime.replace('T', ' ')}: this local time occurs twice in ${timezone} (clocks go back); it runs once at ${formatUtc(ranAt)}, not again at ${formatUtc(repeatAt)}`,
    );
  }

  return `${lines.join('\n')}\n`;
}

function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/\.000Z$/, 'Z');
}

function formatLocal(instant: Date, timezone: string): string {
  const local = toLocalDateTime(instant, timezone);
  const pad = (value: number): string => String(value).padStart(2, '0');
  const weekday =
    WEEKDAYS[
      new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay()
    ];
  const offset = offsetMinutes(instant, timezone);
  const sign = offset < 0 ? '-' : '+';
  const offsetText = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;

  return `${weekday} ${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)} (UTC${offsetText})`;
}
