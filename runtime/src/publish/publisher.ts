import {
  PublishBatchCommand,
  PublishCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';

import { PublishError } from '../errors.js';
import { messageSizeBytes, SNS_LIMITS } from './limits.js';
import type { ResultMessage } from './result-message.js';

/** The part of an SNS client the publisher uses. */
export type SnsSender = Pick<SNSClient, 'send'>;

/** What a publish call achieved. */
export interface PublishOutcome {
  /** SNS message ids, in the order of the messages. */
  readonly messageIds: readonly string[];
  /** SNS API calls made. */
  readonly calls: number;
}

/**
 * Splits messages into PublishBatch chunks of at most 10 entries and 256 KB
 * aggregate, keeping their order (FIFO order within a group follows it).
 */
export function chunkMessages(
  messages: readonly ResultMessage[],
): ResultMessage[][] {
  const chunks: ResultMessage[][] = [];
  let current: ResultMessage[] = [];
  let currentBytes = 0;
  for (const message of messages) {
    const bytes = messageSizeBytes(message);
    const full =
      current.length === SNS_LIMITS.maxBatchEntries ||
      currentBytes + bytes > SNS_LIMITS.maxBatchBytes;
    if (full && current.length > 0) {
      chunks.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(message);
    currentBytes += bytes;
  }
  if (current.length > 0) {
    chunks.push(current);
  }

  return chunks;
}

function toEntry(message: ResultMessage) {
  return {
    Message: message.Message,
    MessageAttributes: message.MessageAttributes,
    MessageGroupId: message.MessageGroupId,
    MessageDeduplicationId: message.MessageDeduplicationId,
  };
}

async function publishOne(
  sns: SnsSender,
  topicArn: string,
  message: ResultMessage,
): Promise<string> {
  const response = await sns.send(
    new PublishCommand({ TopicArn: topicArn, ...toEntry(message) }),
  );

  return response.MessageId ?? '';
}

async function publishChunk(
  sns: SnsSender,
  topicArn: string,
  chunk: readonly ResultMessage[],
): Promise<string[]> {
  const response = await sns.send(
    new PublishBatchCommand({
      TopicArn: topicArn,
      PublishBatchRequestEntries: chunk.map((message, index) => ({
        Id: String(index),
        ...toEntry(message),
      })),
    }),
  );

  const failed = response.Failed ?? [];
  const successful = response.Successful ?? [];
  if (failed.length > 0 || successful.length !== chunk.length) {
    const first = failed[0];
    const firstType =
      first?.Id === undefined ? undefined : chunk[Number(first.Id)]?.resultType;
    throw new PublishError('SNS did not accept every result of a batch.', {
      permanent: failed.length > 0 && failed.every((f) => f.SenderFault),
      context: {
        topic_arn: topicArn,
        entries: chunk.length,
        failed: failed.length || chunk.length - successful.length,
        first_failure_code: first?.Code,
        first_failure_result_type: firstType,
      },
    });
  }

  const ids = new Map(successful.map((s) => [s.Id, s.MessageId ?? '']));

  return chunk.map((_, index) => ids.get(String(index)) ?? '');
}

/**
 * Publishes messages to `topicArn`: a single message with Publish, more with
 * PublishBatch in chunks. Stops at the first failed call; a batch entry that
 * SNS reports as failed is an error, never ignored.
 *
 * @throws PublishError when SNS fails a call or any entry of a batch.
 */
export async function publishMessages(
  sns: SnsSender,
  topicArn: string,
  messages: readonly ResultMessage[],
): Promise<PublishOutcome> {
  const messageIds: string[] = [];
  let calls = 0;
  for (const chunk of chunkMessages(messages)) {
    calls += 1;
    try {
      if (chunk.length === 1 && chunk[0] !== undefined) {
        messageIds.push(await publishOne(sns, topicArn, chunk[0]));
      } else {
        messageIds.push(...(await publishChunk(sns, topicArn, chunk)));
      }
    } catch (error) {
      if (error instanceof PublishError) {
        throw error;
      }
      throw new PublishError('SNS publish call failed.', {
        cause: error,
        context: {
          topic_arn: topicArn,
          entries: chunk.length,
          published_before: messageIds.length,
        },
      });
    }
  }

  return { messageIds, calls };
}
