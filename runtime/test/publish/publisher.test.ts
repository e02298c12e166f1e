import {
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';

import { PublishError } from '../../src/errors.js';
import { chunkMessages, publishMessages } from '../../src/publish/publisher.js';
import { buildResultMessage } from '../../src/publish/result-message.js';

const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:results.fifo';
const sns = mockClient(SNSClient);

function messages(count: number, payloadBytes = 10) {
  return Array.from({ length: count }, (_, i) =>
    buildResultMessage(
      { topicArn: TOPIC, taskName: 't', scheduledTime: '2025-01-01T00:00:00Z' },
      { type: 'r', payload: { d: 'x'.repeat(payloadBytes) }, key: `k${i}` },
    ),
  );
}

describe('publishMessages', () => {
  beforeEach(() => {
    sns.reset();
  });

  it('uses one Publish call for a single result', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'id-0' });

    const outcome = await publishMessages(
      new SNSClient({}),
      TOPIC,
      messages(1),
    );

    expect(outcome).toEqual({ messageIds: ['id-0'], calls: 1 });
    expect(sns.commandCalls(PublishBatchCommand)).toHaveLength(0);
  });

  it.each([
    [2, 1],
    [10, 1],
    [11, 2],
    [25, 3],
  ])('publishes %i results in %i PublishBatch calls', async (count, calls) => {
    sns.on(PublishBatchCommand).callsFake((input) => ({
      Successful: input.PublishBatchRequestEntries.map((e: { Id: string }) => ({
        Id: e.Id,
        MessageId: `m-${e.Id}`,
      })),
    }));
    sns.on(PublishCommand).resolves({ MessageId: 'single' });

    const outcome = await publishMessages(
      new SNSClient({}),
      TOPIC,
      messages(count),
    );

    expect(outcome.messageIds).toHaveLength(count);
    expect(outcome.calls).toBe(calls);
  });

  it('passes group and deduplication ids for each batch entry', async () => {
    sns.on(PublishBatchCommand).callsFake((input) => ({
      Successful: input.PublishBatchRequestEntries.map((e: { Id: string }) => ({
        Id: e.Id,
      })),
    }));

    await publishMessages(new SNSClient({}), TOPIC, messages(2));

    const entries =
      sns.commandCalls(PublishBatchCommand)[0]?.args[0].input
        .PublishBatchRequestEntries;
    expect(entries?.[0]).toMatchObject({ Id: '0', MessageGroupId: 't.r' });
    expect(entries?.[0]?.MessageDeduplicationId).toMatch(/^[0-9a-f]{64}$/);
    expect(entries?.[0]?.MessageDeduplicationId).not.toBe(
      entries?.[1]?.MessageDeduplicationId,
    );
  });

  it('reports a failed batch entry as a PublishError', async () => {
    sns.on(PublishBatchCommand).resolves({
      Successful: [{ Id: '0', MessageId: 'a' }],
      Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }],
    });

    const publish = publishMessages(new SNSClient({}), TOPIC, messages(2));

    await expect(publish).rejects.toThrow(PublishError);
    await expect(publish).rejects.toMatchObject({
      permanent: false,
      context: { failed: 1, first_failure_code: 'InternalError' },
    });
  });

  it('classifies a batch of sender faults as permanent', async () => {
    sns.on(PublishBatchCommand).resolves({
      Failed: [
        { Id: '0', Code: 'InvalidParameter', SenderFault: true },
        { Id: '1', Code: 'InvalidParameter', SenderFault: true },
      ],
    });

    const publish = publishMessages(new SNSClient({}), TOPIC, messages(2));

    await expect(publish).rejects.toMatchObject({ permanent: true });
  });

  it('wraps an SDK error in a PublishError that keeps the cause', async () => {
    const cause = Object.assign(new Error('Rate exceeded'), {
      name: 'Throttled',
    });
    sns.on(PublishCommand).rejects(cause);

    const publish = publishMessages(new SNSClient({}), TOPIC, messages(1));

    await expect(publish).rejects.toMatchObject({
      name: 'PublishError',
      cause,
    });
  });
});

describe('chunkMessages', () => {
  it('starts a new chunk before the aggregate reaches 256 KB', () => {
    const chunks = chunkMessages(messages(4, 100_000));

    expect(chunks.map((chunk) => chunk.length)).toEqual([2, 2]);
  });
});
