import { describe, expect, it } from 'vitest';

import {
  parseSchedule,
  scheduleExpressionRegex,
} from '../../src/schedule/index.js';

const VALID = [
  'rate(1 minute)',
  'rate(1 hour)',
  'rate(1 day)',
  'rate(2 minutes)',
  'rate(15 minutes)',
  'rate(100 days)',
  'cron(0 10 * * ? *)',
  'cron(15 12 * * ? *)',
  'cron(0 18 ? * MON-FRI *)',
  'cron(0 8 1 * ? *)',
  'cron(0/15 * * * ? *)',
  'cron(*/5 * * * ? *)',
  'cron(10/15 * * * ? *)',
  'cron(1-30/2 * * * ? *)',
  'cron(0/10 * ? * MON-FRI *)',
  'cron(0/5 8-17 ? * MON-FRI *)',
  'cron(0 9 ? * 2#1 *)',
  'cron(15 10 ? * 6L 2019-2022)',
  'cron(5,35 14 * * ? *)',
  'cron(0 9 L * ? *)',
  'cron(0 9 LW * ? *)',
  'cron(0 9 15W * ? *)',
  'cron(0 9 ? * L *)',
  'cron(0 9 ? * SUN,SAT *)',
  'cron(0 0 1 JAN-MAR,DEC ? *)',
  'cron(0 0 1 1 ? 2030/10)',
  'cron(00 09 * * ? *)',
  'cron(59 23 31 12 ? 2199)',
  'cron(0 0 1 1 ? 1970)',
  'at(2025-12-24T18:00:00)',
  'at(2199-01-01T00:00:00)',
];

const INVALID = [
  'rate(1 minutes)',
  'rate(5 minute)',
  'rate(0 minutes)',
  'rate(01 minutes)',
  'rate(2 weeks)',
  'rate(5  minutes)',
  'rate(-1 days)',
  'cron(0 9 * * 1)',
  'cron(0 0 9 * * ? *)',
  'cron(0 9 ? * ? *)',
  'cron(0 9 * * * *)',
  'cron(0 9 1 * MON *)',
  'cron(60 9 * * ? *)',
  'cron(0 24 * * ? *)',
  'cron(0 9 32 * ? *)',
  'cron(0 9 0 * ? *)',
  'cron(0 9 * 13 ? *)',
  'cron(0 9 ? * 8 *)',
  'cron(0 9 ? * 0 *)',
  'cron(0 9 * * ? 1969)',
  'cron(0 9 * * ? 2200)',
  'cron(0 9 ? * mon *)',
  'cron(*/0 9 * * ? *)',
  'cron(0 9 ? * */2 *)',
  'cron(0 9 L-2 * ? *)',
  'cron(0 9 1,15W * ? *)',
  'cron(0 9 ? * 3#6 *)',
  'cron(0 9 ? * MON#1 *)',
  'cron(0  9 * * ? *)',
  'CRON(0 9 * * ? *)',
  '0 9 * * ? *',
  ' rate(5 minutes)',
  'at(2025-12-24 18:00:00)',
  'at(2025-12-24T18:00:00Z)',
  'at(2025-13-01T09:00:00)',
  'at(2025-12-24T24:00:00)',
];

// Checked only by the parser, which does arithmetic the regex cannot.
const PARSER_ONLY_INVALID = [
  'cron(0 17-9 * * ? *)',
  'at(2025-02-29T09:00:00)',
  'at(2025-04-31T09:00:00)',
];

function parses(expression: string): boolean {
  try {
    parseSchedule(expression);

    return true;
  } catch {
    return false;
  }
}

describe('scheduleExpressionRegex', () => {
  const regex = new RegExp(scheduleExpressionRegex());

  it('uses only syntax RE2 shares with JavaScript', () => {
    const source = scheduleExpressionRegex();

    expect(source).not.toMatch(/\(\?[=!<]/);
    expect(source).not.toMatch(/\\[1-9]/);
    expect(source).not.toMatch(/\\[pPk]/);
    expect(source.startsWith('^') && source.endsWith('$')).toBe(true);
  });

  it.each(VALID)('accepts %s, as the parser does', (expression) => {
    const matches = regex.test(expression);

    expect({ matches, parses: parses(expression) }).toEqual({
      matches: true,
      parses: true,
    });
  });

  it.each(INVALID)('rejects %s, as the parser does', (expression) => {
    const matches = regex.test(expression);

    expect({ matches, parses: parses(expression) }).toEqual({
      matches: false,
      parses: false,
    });
  });

  it.each(PARSER_ONLY_INVALID)('leaves %s to the parser', (expression) => {
    const matches = regex.test(expression);

    expect({ matches, parses: parses(expression) }).toEqual({
      matches: true,
      parses: false,
    });
  });
});
