import { describe, expect, it } from 'vitest';

import { MessageLimitError } from '../../src/errors.js';
import {
  checkMessageLimits,
  messageSizeBytes,
  type StringAttribute,
} from '../../src/publish/limits.js';

function attributes(names: string[]): Record<string, StringAttribute> {
  return Object.fromEntries(
    names.map((name) => [name, { DataType: 'String', StringValue: 'v' }]),
  );
}

describe('checkMessageLimits', () => {
  it('accepts 10 attributes and rejects 11', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `a${i}`);

    const check = (names: string[]) => () =>
      checkMessageLimits(
        { Message: '{}', MessageAttributes: attributes(names) },
        't',
      );

    expect(check(ten)).not.toThrow();
    expect(check([...ten, 'a10'])).toThrow(MessageLimitError);
  });

  it.each([
    ['.leading'],
    ['trailing.'],
    ['double..dot'],
    ['AWS.reserved'],
    ['amazon.reserved'],
    ['with space'],
    ['n'.repeat(257)],
  ])('rejects the attribute name %s', (name) => {
    const check = () =>
      checkMessageLimits(
        { Message: '{}', MessageAttributes: attributes([name]) },
        't',
      );

    expect(check).toThrow(MessageLimitError);
  });
});

describe('messageSizeBytes', () => {
  it('counts UTF-8 bytes of body, attribute names, types and values', () => {
    const size = messageSizeBytes({
      Message: '{"é":1}',
      MessageAttributes: { ab: { DataType: 'String', StringValue: 'ü' } },
    });

    expect(size).toBe(8 + 2 + 6 + 2);
  });
});
