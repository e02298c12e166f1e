import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/lambdacron.js', import.meta.url));

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function runCli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      BIN,
      ...args,
    ]);

    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };

    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('lambdacron schedule', () => {
  it('prints the next runs in UTC and local time', async () => {
    const result = await runCli(
      'schedule',
      'cron(0 9 ? * MON-FRI *)',
      '--tz',
      'Europe/London',
      '--count',
      '3',
      '--from',
      '2025-03-28T00:00:00Z',
    );

    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Schedule:  cron(0 9 ? * MON-FRI *)',
        'Time zone: Europe/London',
        '',
        'Next runs (UTC → local):',
        '  2025-03-28T09:00:00Z  →  Fri 2025-03-28 09:00:00 (UTC+00:00)',
        '  2025-03-31T08:00:00Z  →  Mon 2025-03-31 09:00:00 (UTC+01:00)',
        '  2025-04-01T08:00:00Z  →  Tue 2025-04-01 09:00:00 (UTC+01:00)',
        '',
      ].join('\n'),
    });
  });

  it('explains local times skipped by spring forward', async () => {
    const result = await runCli(
      'schedule',
      'cron(30 2 * * ? *)',
      '--tz',
      'America/New_York',
      '--count',
      '2',
      '--from',
      '2025-03-08T00:00:00Z',
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  2025-03-10T06:30:00Z  →  Mon 2025-03-10 02:30:00 (UTC-04:00)',
    );
    expect(result.stdout).toContain(
      'Daylight saving time:\n  skipped 2025-03-09 02:30:00: this local time does not exist in America/New_York (clocks go forward), so it does not run',
    );
  });

  it('explains local times merged by fall back', async () => {
    const result = await runCli(
      'schedule',
      'cron(30 1 * * ? *)',
      '--tz',
      'Europe/London',
      '--count',
      '3',
      '--from',
      '2025-10-25T00:00:00Z',
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  merged  2025-10-26 01:30:00: this local time occurs twice in Europe/London (clocks go back); it runs once at 2025-10-26T00:30:00Z, not again at 2025-10-26T01:30:00Z',
    );
  });

  it('prints lint warnings', async () => {
    const result = await runCli(
      'schedule',
      'cron(* 9 * * ? *)',
      '--count',
      '1',
      '--from',
      '2025-01-01T00:00:00Z',
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Warnings:\n  [every-minute-of-fixed-hour] cron minutes "*" with hours "9" runs every minute of that hour (60 runs a day); use 0 in minutes to run once at the start of the hour',
    );
  });

  it.each([
    [
      ['cron(0 9 ? * 8 *)'],
      'lambdacron schedule: cron day-of-week "8" is out of range 1-7 (SUN=1 … SAT=7); use 1-7 or SUN-SAT\n',
    ],
    [
      ['rate(5 minute)'],
      'lambdacron schedule: rate unit "minute" is singular but the value is 5; use the plural for values other than 1, e.g. rate(5 minutes)\n',
    ],
    [
      ['rate(5 minutes)', '--tz', 'Mars/Olympus'],
      'lambdacron schedule: timezone "Mars/Olympus" is not an IANA time zone name; use a name such as UTC, Europe/London or America/New_York (offsets like +01:00 are not accepted)\n',
    ],
    [
      ['rate(5 minutes)', '--count', 'many'],
      'lambdacron schedule: --count "many" is not a whole number; pass the number of runs to print, e.g. --count 10\n',
    ],
  ])('exits 1 with the error message for %j', async (args, stderr) => {
    const result = await runCli('schedule', ...args);

    expect(result).toEqual({ code: 1, stdout: '', stderr });
  });

  it('exits 2 with usage for a missing expression', async () => {
    const result = await runCli('schedule');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'lambdacron schedule: expected exactly one schedule expression, quoted',
    );
    expect(result.stderr).toContain(
      'Usage: lambdacron schedule "<expression>"',
    );
  });

  it('exits 2 with usage for an unknown flag', async () => {
    const result = await runCli('schedule', 'rate(5 minutes)', '--zone', 'UTC');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--zone'");
  });
});

describe('lambdacron', () => {
  it('lists subcommands and exits 2 for an unknown one', async () => {
    const result = await runCli('deploy');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('lambdacron: unknown command "deploy"');
    expect(result.stderr).toContain(
      '  schedule  show the next runs of a schedule expression and lint it',
    );
  });
});
