import { describe, expect, it } from 'vitest';

import { nextRuns, ScheduleExpressionError } from '../../src/schedule/index.js';

function isoRuns(
  expression: string,
  from: string,
  count: number,
  timezone = 'UTC',
): string[] {
  return nextRuns(expression, {
    from: new Date(from),
    count,
    timezone,
  }).runs.map((run) => run.toISOString());
}

describe('nextRuns', () => {
  // Examples from the EventBridge Scheduler and EventBridge cron docs.
  it.each([
    [
      'cron(0 10 * * ? *)',
      '2025-01-01T00:00:00Z',
      [
        '2025-01-01T10:00:00.000Z',
        '2025-01-02T10:00:00.000Z',
        '2025-01-03T10:00:00.000Z',
      ],
    ],
    [
      'cron(15 12 * * ? *)',
      '2025-01-01T13:00:00Z',
      [
        '2025-01-02T12:15:00.000Z',
        '2025-01-03T12:15:00.000Z',
        '2025-01-04T12:15:00.000Z',
      ],
    ],
    [
      'cron(5,35 14 * * ? *)',
      '2025-01-01T00:00:00Z',
      [
        '2025-01-01T14:05:00.000Z',
        '2025-01-01T14:35:00.000Z',
        '2025-01-02T14:05:00.000Z',
      ],
    ],
    [
      'cron(0 18 ? * MON-FRI *)',
      '2025-01-02T19:00:00Z',
      [
        '2025-01-03T18:00:00.000Z',
        '2025-01-06T18:00:00.000Z',
        '2025-01-07T18:00:00.000Z',
      ],
    ],
    [
      'cron(0 8 1 * ? *)',
      '2025-01-01T00:00:00Z',
      [
        '2025-01-01T08:00:00.000Z',
        '2025-02-01T08:00:00.000Z',
        '2025-03-01T08:00:00.000Z',
      ],
    ],
    [
      'cron(0/15 * * * ? *)',
      '2025-01-01T00:00:00Z',
      [
        '2025-01-01T00:00:00.000Z',
        '2025-01-01T00:15:00.000Z',
        '2025-01-01T00:30:00.000Z',
      ],
    ],
    [
      'cron(0/10 * ? * MON-FRI *)',
      '2025-01-03T23:40:00Z',
      [
        '2025-01-03T23:40:00.000Z',
        '2025-01-03T23:50:00.000Z',
        '2025-01-06T00:00:00.000Z',
      ],
    ],
    [
      'cron(0/5 8-17 ? * MON-FRI *)',
      '2025-01-03T17:50:00Z',
      [
        '2025-01-03T17:50:00.000Z',
        '2025-01-03T17:55:00.000Z',
        '2025-01-06T08:00:00.000Z',
      ],
    ],
    [
      'cron(0 9 ? * 2#1 *)',
      '2025-01-01T00:00:00Z',
      [
        '2025-01-06T09:00:00.000Z',
        '2025-02-03T09:00:00.000Z',
        '2025-03-03T09:00:00.000Z',
      ],
    ],
    [
      'cron(15 10 ? * 6L 2019-2022)',
      '2022-10-01T00:00:00Z',
      [
        '2022-10-28T10:15:00.000Z',
        '2022-11-25T10:15:00.000Z',
        '2022-12-30T10:15:00.000Z',
      ],
    ],
  ])(
    'runs the documented example %s at the documented times',
    (expression, from, expected) => {
      const runs = isoRuns(expression, from, expected.length);

      expect(runs).toEqual(expected);
    },
  );

  it.each([
    [
      'L (last day, leap year)',
      'cron(0 9 L * ? *)',
      '2024-01-01T00:00:00Z',
      [
        '2024-01-31T09:00:00.000Z',
        '2024-02-29T09:00:00.000Z',
        '2024-03-31T09:00:00.000Z',
        '2024-04-30T09:00:00.000Z',
      ],
    ],
    [
      'LW (last weekday)',
      'cron(0 9 LW * ? *)',
      '2025-05-01T00:00:00Z',
      [
        '2025-05-30T09:00:00.000Z',
        '2025-06-30T09:00:00.000Z',
        '2025-07-31T09:00:00.000Z',
        '2025-08-29T09:00:00.000Z',
      ],
    ],
    [
      '15W (Saturday moves to Friday, Sunday to Monday)',
      'cron(0 9 15W * ? *)',
      '2025-02-01T00:00:00Z',
      [
        '2025-02-14T09:00:00.000Z',
        '2025-03-14T09:00:00.000Z',
        '2025-04-15T09:00:00.000Z',
        '2025-05-15T09:00:00.000Z',
        '2025-06-16T09:00:00.000Z',
      ],
    ],
    [
      '1W (a Saturday 1st moves forward to Monday 3rd)',
      'cron(0 9 1W * ? *)',
      '2025-02-01T00:00:00Z',
      [
        '2025-02-03T09:00:00.000Z',
        '2025-03-03T09:00:00.000Z',
        '2025-04-01T09:00:00.000Z',
      ],
    ],
    [
      '31W (a Sunday 31st moves back to Friday 29th)',
      'cron(0 9 31W AUG ? *)',
      '2025-08-01T00:00:00Z',
      ['2025-08-29T09:00:00.000Z'],
    ],
    [
      '3#2 (second Tuesday)',
      'cron(0 9 ? * 3#2 *)',
      '2025-01-01T00:00:00Z',
      [
        '2025-01-14T09:00:00.000Z',
        '2025-02-11T09:00:00.000Z',
        '2025-03-11T09:00:00.000Z',
      ],
    ],
    [
      '2#5 (fifth Monday, only some months)',
      'cron(0 9 ? * 2#5 *)',
      '2025-01-01T00:00:00Z',
      ['2025-03-31T09:00:00.000Z', '2025-06-30T09:00:00.000Z'],
    ],
    [
      '6L (last Friday)',
      'cron(0 9 ? * 6L *)',
      '2025-01-01T00:00:00Z',
      [
        '2025-01-31T09:00:00.000Z',
        '2025-02-28T09:00:00.000Z',
        '2025-03-28T09:00:00.000Z',
      ],
    ],
    [
      'L in day-of-week (Saturday)',
      'cron(0 9 ? * L *)',
      '2025-01-01T00:00:00Z',
      ['2025-01-04T09:00:00.000Z', '2025-01-11T09:00:00.000Z'],
    ],
    [
      'SUN=1',
      'cron(0 9 ? * 1 *)',
      '2025-01-01T00:00:00Z',
      ['2025-01-05T09:00:00.000Z', '2025-01-12T09:00:00.000Z'],
    ],
    [
      'month names and a list',
      'cron(0 0 1 JAN,JUL ? *)',
      '2025-01-02T00:00:00Z',
      ['2025-07-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ],
    [
      '29 FEB (leap years only)',
      'cron(0 0 29 FEB ? *)',
      '2025-01-01T00:00:00Z',
      ['2028-02-29T00:00:00.000Z', '2032-02-29T00:00:00.000Z'],
    ],
    [
      'a year step',
      'cron(0 0 1 1 ? 2030/10)',
      '2025-01-01T00:00:00Z',
      [
        '2030-01-01T00:00:00.000Z',
        '2040-01-01T00:00:00.000Z',
        '2050-01-01T00:00:00.000Z',
      ],
    ],
    [
      'a range step',
      'cron(1-30/10 6 * * ? *)',
      '2025-01-01T00:00:00Z',
      [
        '2025-01-01T06:01:00.000Z',
        '2025-01-01T06:11:00.000Z',
        '2025-01-01T06:21:00.000Z',
        '2025-01-02T06:01:00.000Z',
      ],
    ],
  ])('fires %s on the expected days', (_name, expression, from, expected) => {
    const runs = isoRuns(expression, from, expected.length);

    expect(runs).toEqual(expected);
  });

  it('stops at the last year the expression allows', () => {
    const runs = isoRuns(
      'cron(0 0 1 1 ? 2198-2199)',
      '2198-06-01T00:00:00Z',
      5,
    );

    expect(runs).toEqual(['2199-01-01T00:00:00.000Z']);
  });

  it('returns no runs for a day that never exists', () => {
    const runs = isoRuns('cron(0 0 30 FEB ? *)', '2025-01-01T00:00:00Z', 5);

    expect(runs).toEqual([]);
  });

  it('includes a run exactly at from and excludes one a millisecond earlier', () => {
    const atFrom = isoRuns('cron(0 10 * * ? *)', '2025-01-01T10:00:00.000Z', 1);
    const after = isoRuns('cron(0 10 * * ? *)', '2025-01-01T10:00:00.001Z', 1);

    expect(atFrom).toEqual(['2025-01-01T10:00:00.000Z']);
    expect(after).toEqual(['2025-01-02T10:00:00.000Z']);
  });

  it('evaluates cron in the given zone', () => {
    const runs = isoRuns(
      'cron(0 9 ? * MON-FRI *)',
      '2025-03-28T00:00:00Z',
      2,
      'Europe/London',
    );

    expect(runs).toEqual([
      '2025-03-28T09:00:00.000Z',
      '2025-03-31T08:00:00.000Z',
    ]);
  });

  it('runs rate() from the start instant in elapsed time, ignoring DST', () => {
    const runs = isoRuns(
      'rate(1 day)',
      '2025-03-29T09:00:00Z',
      3,
      'Europe/London',
    );

    expect(runs).toEqual([
      '2025-03-29T09:00:00.000Z',
      '2025-03-30T09:00:00.000Z',
      '2025-03-31T09:00:00.000Z',
    ]);
  });

  it('runs rate(5 minutes) every five minutes from the start', () => {
    const runs = isoRuns('rate(5 minutes)', '2025-01-01T00:02:00Z', 3);

    expect(runs).toEqual([
      '2025-01-01T00:02:00.000Z',
      '2025-01-01T00:07:00.000Z',
      '2025-01-01T00:12:00.000Z',
    ]);
  });

  it.each([
    ['UTC', '2025-12-24T18:00:00.000Z'],
    ['Europe/London', '2025-12-24T18:00:00.000Z'],
    ['America/New_York', '2025-12-24T23:00:00.000Z'],
    ['Australia/Sydney', '2025-12-24T07:00:00.000Z'],
  ])('runs at() once at its local time in %s', (timezone, expected) => {
    const runs = isoRuns(
      'at(2025-12-24T18:00:00)',
      '2025-01-01T00:00:00Z',
      5,
      timezone,
    );

    expect(runs).toEqual([expected]);
  });

  it('returns no runs for an at() time before from', () => {
    const runs = isoRuns('at(2024-12-24T18:00:00)', '2025-01-01T00:00:00Z', 5);

    expect(runs).toEqual([]);
  });

  it('reports a nonexistent at() local time as skipped', () => {
    const result = nextRuns('at(2025-03-09T02:30:00)', {
      timezone: 'America/New_York',
      from: new Date('2025-01-01T00:00:00Z'),
    });

    expect(result).toEqual({
      runs: [],
      skipped: [{ localTime: '2025-03-09T02:30:00' }],
      merged: [],
    });
  });

  it.each([
    [
      'a zone name that is not IANA',
      { timezone: 'Mars/Olympus' },
      'timezone "Mars/Olympus" is not an IANA time zone name; use a name such as UTC, Europe/London or America/New_York (offsets like +01:00 are not accepted)',
    ],
    [
      'a zone name in the wrong case',
      { timezone: 'europe/london' },
      'timezone "europe/london" is not an IANA time zone name; did you mean "Europe/London"?',
    ],
    [
      'an offset instead of a zone',
      { timezone: '+01:00' },
      'timezone "+01:00" is not an IANA time zone name',
    ],
    [
      'a zero count',
      { count: 0 },
      'count "0" is not an integer from 1 to 1000; ask for between 1 and 1000 runs',
    ],
  ])('rejects %s', (_name, options, message) => {
    const evaluate = (): unknown => nextRuns('rate(5 minutes)', options);

    expect(evaluate).toThrow(ScheduleExpressionError);
    expect(evaluate).toThrow(message);
  });
});

describe('nextRuns across daylight saving time', () => {
  it.each([
    // Europe/London: 2025-03-30 01:00 GMT jumps to 02:00 BST.
    [
      'Europe/London',
      'cron(30 1 * * ? *)',
      '2025-03-29T00:00:00Z',
      [
        '2025-03-29T01:30:00.000Z',
        '2025-03-31T00:30:00.000Z',
        '2025-04-01T00:30:00.000Z',
      ],
      '2025-03-30T01:30:00',
    ],
    // America/New_York: 2025-03-09 02:00 EST jumps to 03:00 EDT.
    [
      'America/New_York',
      'cron(30 2 * * ? *)',
      '2025-03-08T00:00:00Z',
      [
        '2025-03-08T07:30:00.000Z',
        '2025-03-10T06:30:00.000Z',
        '2025-03-11T06:30:00.000Z',
      ],
      '2025-03-09T02:30:00',
    ],
    // Australia/Sydney: 2025-10-05 02:00 AEST jumps to 03:00 AEDT.
    [
      'Australia/Sydney',
      'cron(30 2 * * ? *)',
      '2025-10-03T00:00:00Z',
      [
        '2025-10-03T16:30:00.000Z',
        '2025-10-05T15:30:00.000Z',
        '2025-10-06T15:30:00.000Z',
      ],
      '2025-10-05T02:30:00',
    ],
  ])(
    'skips the nonexistent local time when %s springs forward',
    (timezone, expression, from, expected, skipped) => {
      const result = nextRuns(expression, {
        timezone,
        from: new Date(from),
        count: 3,
      });

      expect(result.runs.map((run) => run.toISOString())).toEqual(expected);
      expect(result.skipped).toEqual([{ localTime: skipped }]);
      expect(result.merged).toEqual([]);
    },
  );

  it.each([
    // Europe/London: 2025-10-26 02:00 BST falls back to 01:00 GMT.
    [
      'Europe/London',
      'cron(30 1 * * ? *)',
      '2025-10-25T00:00:00Z',
      [
        '2025-10-25T00:30:00.000Z',
        '2025-10-26T00:30:00.000Z',
        '2025-10-27T01:30:00.000Z',
      ],
      '2025-10-26T01:30:00',
      '2025-10-26T00:30:00.000Z',
      '2025-10-26T01:30:00.000Z',
    ],
    // America/New_York: 2025-11-02 02:00 EDT falls back to 01:00 EST.
    [
      'America/New_York',
      'cron(30 1 * * ? *)',
      '2025-11-01T00:00:00Z',
      [
        '2025-11-01T05:30:00.000Z',
        '2025-11-02T05:30:00.000Z',
        '2025-11-03T06:30:00.000Z',
      ],
      '2025-11-02T01:30:00',
      '2025-11-02T05:30:00.000Z',
      '2025-11-02T06:30:00.000Z',
    ],
    // Australia/Sydney: 2025-04-06 03:00 AEDT falls back to 02:00 AEST.
    [
      'Australia/Sydney',
      'cron(30 2 * * ? *)',
      '2025-04-04T00:00:00Z',
      [
        '2025-04-04T15:30:00.000Z',
        '2025-04-05T15:30:00.000Z',
        '2025-04-06T16:30:00.000Z',
      ],
      '2025-04-06T02:30:00',
      '2025-04-05T15:30:00.000Z',
      '2025-04-05T16:30:00.000Z',
    ],
  ])(
    'runs a repeated local time once when %s falls back',
    (timezone, expression, from, expected, localTime, ranAt, repeatAt) => {
      const result = nextRuns(expression, {
        timezone,
        from: new Date(from),
        count: 3,
      });

      expect(result.runs.map((run) => run.toISOString())).toEqual(expected);
      expect(result.merged).toEqual([
        { localTime, ranAt: new Date(ranAt), repeatAt: new Date(repeatAt) },
      ]);
      expect(result.skipped).toEqual([]);
    },
  );

  it('keeps a 15-minute schedule continuous in UTC through the spring gap', () => {
    const result = nextRuns('cron(0/15 * * * ? *)', {
      timezone: 'Europe/London',
      from: new Date('2025-03-30T00:45:00Z'),
      count: 3,
    });

    expect(result.runs.map((run) => run.toISOString())).toEqual([
      '2025-03-30T00:45:00.000Z',
      '2025-03-30T01:00:00.000Z',
      '2025-03-30T01:15:00.000Z',
    ]);
    expect(result.skipped.map((skip) => skip.localTime)).toEqual([
      '2025-03-30T01:00:00',
      '2025-03-30T01:15:00',
      '2025-03-30T01:30:00',
      '2025-03-30T01:45:00',
    ]);
  });

  it('pauses a 15-minute schedule for the repeated hour in autumn', () => {
    const result = nextRuns('cron(0/15 * * * ? *)', {
      timezone: 'Europe/London',
      from: new Date('2025-10-26T00:45:00Z'),
      count: 2,
    });

    expect(result.runs.map((run) => run.toISOString())).toEqual([
      '2025-10-26T00:45:00.000Z',
      '2025-10-26T02:00:00.000Z',
    ]);
    expect(result.merged.map((merge) => merge.repeatAt.toISOString())).toEqual([
      '2025-10-26T01:00:00.000Z',
      '2025-10-26T01:15:00.000Z',
      '2025-10-26T01:30:00.000Z',
      '2025-10-26T01:45:00.000Z',
    ]);
  });

  it('moves a 09:00 New York weekday run by an hour in UTC after spring forward', () => {
    const runs = isoRuns(
      'cron(0 9 ? * MON-FRI *)',
      '2025-03-07T00:00:00Z',
      2,
      'America/New_York',
    );

    expect(runs).toEqual([
      '2025-03-07T14:00:00.000Z',
      '2025-03-10T13:00:00.000Z',
    ]);
  });
});
