import { describe, expect, it } from 'vitest';

import { parseChannelRecord } from '../../src/batch/channel-message.js';
import { RecordParseError } from '../../src/errors.js';
import { envelopeRecord, rawRecord } from '../helpers/sqs-records.js';

describe('parseChannelRecord', () => {
  it('reads a raw-delivery record: body is the payload, attributes from SQS', () => {
    const record = rawRecord(
      { orders: 3 },
      { messageId: 'm-1', groupId: 'report.daily-report', receiveCount: 2 },
    );

    const message = parseChannelRecord(record);

    expect(message).toMatchObject({
      messageId: 'm-1',
      resultType: 'daily-report',
      taskName: 'report',
      scheduledTime: '2025-01-01T08:00:00Z',
      payload: { orders: 3 },
      messageGroupId: 'report.daily-report',
      receiveCount: 2,
    });
  });

  it('unwraps an SNS envelope', () => {
    const record = envelopeRecord({ orders: 5 }, 'weekly');

    const message = parseChannelRecord(record);

    expect(message).toMatchObject({
      resultType: 'weekly',
      taskName: 'report',
      payload: { orders: 5 },
    });
  });

  it('keys idempotency on the FIFO dedup id, else on tick and content', () => {
    const withDedup = rawRecord({ a: 1 }, { deduplicationId: 'abc' });
    const first = rawRecord({ a: 1 });
    const sameContent = rawRecord({ a: 1 });
    const otherContent = rawRecord({ a: 2 });

    const keys = [withDedup, first, sameContent, otherContent].map(
      (record) => parseChannelRecord(record).idempotencyKey,
    );

    expect(keys[0]).toBe('dedup:abc');
    expect(keys[1]).toBe(keys[2]);
    expect(keys[1]).not.toBe(keys[3]);
  });

  it.each([
    ['a body that is not JSON', rawRecord({}, { body: 'not json' })],
    ['a body that is a JSON array', rawRecord([1, 2])],
    ['a body that is a JSON string', rawRecord('hello')],
    ['no result_type attribute', rawRecord({}, { resultType: '' })],
    [
      'an envelope whose Message is not an object',
      {
        ...envelopeRecord({}),
        body: JSON.stringify({
          Type: 'Notification',
          TopicArn: 'arn',
          Message: '42',
        }),
      },
    ],
  ])('rejects %s with a permanent RecordParseError', (_case, record) => {
    const parse = () => parseChannelRecord(record);

    expect(parse).toThrow(RecordParseError);
  });
});
