import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { MessageLimitError, ResultValidationError } from '../../src/errors.js';
import { SNS_LIMITS } from '../../src/publish/limits.js';
import {
  buildResultMessage,
  deduplicationId,
} from '../../src/publish/result-message.js';

const FIFO_TOPIC = 'arn:aws:sns:eu-west-1:123456789012:results.fifo';
const STANDARD_TOPIC = 'arn:aws:sns:eu-west-1:123456789012:results';
const tick = { taskName: 'report', scheduledTime: '2025-01-01T08:00:00Z' };

describe('buildResultMessage', () => {
  it('carries the payload as JSON and the three contract attributes', () => {
    const result = { type: 'daily-report', payload: { orders: 3 } };

    const message = buildResultMessage(
      { ...tick, topicArn: STANDARD_TOPIC },
      result,
    );

    expect(JSON.parse(message.Message)).toEqual({ orders: 3 });
    expect(message.MessageAttributes).toEqual({
      result_type: { DataType: 'String', StringValue: 'daily-report' },
      task_name: { DataType: 'String', StringValue: 'report' },
      scheduled_time: {
        DataType: 'String',
        StringValue: '2025-01-01T08:00:00Z',
      },
    });
  });

  it('sets neither group nor deduplication id for a standard topic', () => {
    const result = { type: 'daily-report', payload: {} };

    const message = buildResultMessage(
      { ...tick, topicArn: STANDARD_TOPIC },
      result,
    );

    expect(message.MessageGroupId).toBeUndefined();
    expect(message.MessageDeduplicationId).toBeUndefined();
  });

  it('sets group <task>.<type> and the contract dedup id for a FIFO topic', () => {
    const result = { type: 'daily-report', payload: {}, key: 'eu' };

    const message = buildResultMessage(
      { ...tick, topicArn: FIFO_TOPIC },
      result,
    );

    const expected = createHash('sha256')
      .update('report\n2025-01-01T08:00:00Z\ndaily-report\neu')
      .digest('hex');
    expect(message.MessageGroupId).toBe('report.daily-report');
    expect(message.MessageDeduplicationId).toBe(expected);
  });

  it('rejects a payload that exceeds 256 KB with attributes counted', () => {
    const overhead =
      'result_type'.length +
      'task_name'.length +
      'scheduled_time'.length +
      3 * 'String'.length +
      'big'.length +
      'report'.length +
      tick.scheduledTime.length;
    const fits = 'x'.repeat(
      SNS_LIMITS.maxMessageBytes - overhead - '{"a":""}'.length,
    );
    const target = { ...tick, topicArn: STANDARD_TOPIC };

    const build = (a: string) => () =>
      buildResultMessage(target, { type: 'big', payload: { a } });

    expect(build(fits)).not.toThrow();
    expect(build(`${fits}x`)).toThrow(MessageLimitError);
    expect(build(`${fits}x`)).toThrow(/262144 bytes/);
  });

  it.each([
    ['an empty result type', ''],
    ['a control character', 'bad\u0001type'],
  ])('rejects an attribute value with %s', (_case, type) => {
    const build = () =>
      buildResultMessage(
        { ...tick, topicArn: STANDARD_TOPIC },
        { type, payload: {} },
      );

    expect(build).toThrow(MessageLimitError);
  });

  it.each([
    ['longer than 128 characters', 'r'.repeat(130)],
    ['with a space', 'daily report'],
  ])('rejects a FIFO group id %s', (_case, type) => {
    const build = () =>
      buildResultMessage(
        { ...tick, topicArn: FIFO_TOPIC },
        { type, payload: {} },
      );

    expect(build).toThrow(MessageLimitError);
  });

  it.each([
    [
      'circular',
      (() => {
        const a: Record<string, unknown> = {};
        a.self = a;
        return a;
      })(),
    ],
    ['a BigInt', { n: 1n }],
    ['an object whose toJSON returns an array', { toJSON: () => [1] }],
  ])('rejects a payload that is %s', (_case, payload) => {
    const build = () =>
      buildResultMessage(
        { ...tick, topicArn: STANDARD_TOPIC },
        { type: 't', payload },
      );

    expect(build).toThrow(ResultValidationError);
  });
});

describe('deduplicationId', () => {
  it('is the same for the same tick and differs by key', () => {
    const first = deduplicationId('t', '2025-01-01T00:00:00Z', 'r');
    const again = deduplicationId('t', '2025-01-01T00:00:00Z', 'r');
    const keyed = deduplicationId('t', '2025-01-01T00:00:00Z', 'r', 'k');

    expect(first).toBe(again);
    expect(first).not.toBe(keyed);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});
