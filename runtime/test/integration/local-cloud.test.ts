import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  pumpQueue,
  receiptsToDelete,
  startLocalCloud,
  type LocalCloud,
} from '../../../src/local-cloud/index.js';
import { drainQueue } from '../helpers/drain-queue.js';
import { rawRecord } from '../helpers/sqs-records.js';

describe('startLocalCloud', () => {
  let cloud: LocalCloud;
  let sqs: SQSClient;

  beforeAll(async () => {
    cloud = await startLocalCloud();
    sqs = new SQSClient(cloud.awsConfig);
  });

  afterAll(async () => {
    sqs.destroy();
    await cloud.stop();
  });

  it('binds every server to 127.0.0.1 on its own port', () => {
    const endpoints = [cloud.fauxqs.endpoint, cloud.ses.endpoint];

    expect(endpoints.every((e) => e.startsWith('http://127.0.0.1:'))).toBe(
      true,
    );
    expect(cloud.fauxqs.port).not.toBe(cloud.ses.port);
  });

  async function fifoQueueWithDlq(name: string, maxReceiveCount: number) {
    const dlq = await sqs.send(
      new CreateQueueCommand({
        QueueName: `${name}-dlq.fifo`,
        Attributes: { FifoQueue: 'true' },
      }),
    );
    const dlqArn = (
      await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: dlq.QueueUrl,
          AttributeNames: ['QueueArn'],
        }),
      )
    ).Attributes?.QueueArn;
    const queue = await sqs.send(
      new CreateQueueCommand({
        QueueName: `${name}.fifo`,
        Attributes: {
          FifoQueue: 'true',
          VisibilityTimeout: '1',
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn: dlqArn,
            maxReceiveCount,
          }),
        },
      }),
    );

    return { queueUrl: queue.QueueUrl ?? '', dlqUrl: dlq.QueueUrl ?? '' };
  }

  async function send(queueUrl: string, id: string, group: string) {
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify({ id }),
        MessageGroupId: group,
        MessageDeduplicationId: id,
        MessageAttributes: {
          result_type: { DataType: 'String', StringValue: 'report' },
        },
      }),
    );
  }

  describe('pumpQueue', () => {
    it('passes real SQS records, deletes successes and retries failures until the DLQ', async () => {
      const { queueUrl, dlqUrl } = await fifoQueueWithDlq('pump', 2);
      await send(queueUrl, 'ok-1', 'g1');
      await send(queueUrl, 'bad-1', 'g2');
      const seen: SQSEvent['Records'] = [];

      const result = await pumpQueue({
        sqs,
        queueUrl,
        handler: async (event) => {
          seen.push(...event.Records);
          return {
            batchItemFailures: event.Records.filter((r) =>
              r.body.includes('bad'),
            ).map((r) => ({ itemIdentifier: r.messageId })),
          };
        },
      });

      const dead = await drainQueue(sqs, dlqUrl);
      const bad = seen.filter((r) => r.body.includes('bad-1'));
      expect(result.recordsDeleted).toBe(1);
      expect(bad.map((r) => r.attributes.ApproximateReceiveCount)).toEqual([
        '1',
        '2',
      ]);
      expect(bad[0]).toMatchObject({
        eventSource: 'aws:sqs',
        attributes: { MessageGroupId: 'g2', MessageDeduplicationId: 'bad-1' },
        messageAttributes: {
          result_type: { dataType: 'String', stringValue: 'report' },
        },
      });
      expect(bad[0]?.eventSourceARN).toMatch(/:pump\.fifo$/);
      expect(dead.map((m) => m.Body)).toEqual(['{"id":"bad-1"}']);
    });

    it('redelivers the whole batch when the handler throws', async () => {
      const { queueUrl, dlqUrl } = await fifoQueueWithDlq('throwing', 2);
      await send(queueUrl, 'x-1', 'g1');
      let invocations = 0;

      const result = await pumpQueue({
        sqs,
        queueUrl,
        handler: async () => {
          invocations += 1;
          if (invocations === 1) throw new Error('crash');
          return { batchItemFailures: [] };
        },
      });

      expect(result).toMatchObject({ handlerErrors: 1, recordsDeleted: 1 });
      expect(await drainQueue(sqs, dlqUrl)).toEqual([]);
    });
  });
});

describe('receiptsToDelete', () => {
  const records = [
    rawRecord({}, { messageId: 'a' }),
    rawRecord({}, { messageId: 'b' }),
  ];

  it.each([
    [
      'all records when nothing failed',
      { threw: false, response: { batchItemFailures: [] } },
      ['a', 'b'],
    ],
    [
      'all records for an empty response',
      { threw: false, response: undefined },
      ['a', 'b'],
    ],
    [
      'all but the reported failures',
      {
        threw: false,
        response: { batchItemFailures: [{ itemIdentifier: 'b' }] },
      },
      ['a'],
    ],
    ['none when the handler threw', { threw: true }, []],
    [
      'none for an unknown identifier',
      {
        threw: false,
        response: { batchItemFailures: [{ itemIdentifier: 'zzz' }] },
      },
      [],
    ],
  ])('deletes %s', (_case, outcome, expected) => {
    const deleted = receiptsToDelete(records, outcome);

    expect(deleted.map((r) => r.messageId)).toEqual(expected);
  });
});
