import { createHash } from 'node:crypto';

import type { SQSRecord } from 'aws-lambda';

import { RecordParseError } from '../errors.js';
import { RESULT_ATTRIBUTES } from '../publish/result-message.js';

/** One result, as a channel receives it from its queue. */
export interface ChannelMessage {
  /** The SQS message id (the record id in `batchItemFailures`). */
  readonly messageId: string;
  /** `result_type` attribute. */
  readonly resultType: string;
  /** `task_name` attribute, when present. */
  readonly taskName?: string;
  /** `scheduled_time` attribute, when present. */
  readonly scheduledTime?: string;
  /** The decoded payload (a JSON object). */
  readonly payload: Readonly<Record<string, unknown>>;
  /** FIFO message group, when the queue is FIFO. */
  readonly messageGroupId?: string;
  /** How often SQS has handed this message out, this time included. */
  readonly receiveCount: number;
  /**
   * Identifies the result for duplicate suppression: the FIFO deduplication
   * id; else a hash of task name, scheduled time, result type and body; else
   * the SQS message id.
   */
  readonly idempotencyKey: string;
}

interface SnsEnvelope {
  readonly Type: 'Notification';
  readonly Message: string;
  readonly TopicArn: string;
  readonly MessageAttributes?: Record<
    string,
    { Type?: string; Value?: string }
  >;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isSnsEnvelope(
  value: Record<string, unknown>,
): value is Record<string, unknown> & SnsEnvelope {
  return (
    value.Type === 'Notification' &&
    typeof value.Message === 'string' &&
    typeof value.TopicArn === 'string'
  );
}

function parseObject(text: string, what: string, messageId: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new RecordParseError(`${what} is not valid JSON.`, {
      cause: error,
      context: { message_id: messageId },
    });
  }
  if (!isRecord(parsed)) {
    throw new RecordParseError(`${what} is not a JSON object.`, {
      context: { message_id: messageId },
    });
  }

  return parsed;
}

function idempotencyKey(
  record: SQSRecord,
  attributes: Readonly<Record<string, string | undefined>>,
  payloadText: string,
): string {
  const deduplicationId = record.attributes?.MessageDeduplicationId;
  if (deduplicationId) {
    return `dedup:${deduplicationId}`;
  }
  const taskName = attributes[RESULT_ATTRIBUTES.taskName];
  const scheduledTime = attributes[RESULT_ATTRIBUTES.scheduledTime];
  if (taskName && scheduledTime) {
    const digest = createHash('sha256')
      .update(
        [
          taskName,
          scheduledTime,
          attributes[RESULT_ATTRIBUTES.resultType],
          payloadText,
        ].join('\n'),
      )
      .digest('hex');

    return `content:${digest}`;
  }

  return `sqs:${record.messageId}`;
}

/**
 * Decodes one SQS record into a {@link ChannelMessage}. With raw message
 * delivery (contract §3) the body is the payload and the attributes are SQS
 * message attributes; an SNS envelope (`Type: Notification`) is unwrapped.
 *
 * @throws RecordParseError (permanent) when the body or payload is not a JSON
 *   object or `result_type` is missing.
 */
export function parseChannelRecord(record: SQSRecord): ChannelMessage {
  const messageId = record.messageId;
  const body = parseObject(record.body, 'SQS record body', messageId);
  const rawAttributes = record.messageAttributes ?? {};
  const raw = RESULT_ATTRIBUTES.resultType in rawAttributes;

  let payloadText = record.body;
  let payload = body;
  let attributes: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(rawAttributes).map(([name, value]) => [
      name,
      value.stringValue,
    ]),
  );
  if (!raw && isSnsEnvelope(body)) {
    payloadText = body.Message;
    payload = parseObject(body.Message, 'SNS message', messageId);
    attributes = Object.fromEntries(
      Object.entries(body.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        value.Value,
      ]),
    );
  }

  const resultType = attributes[RESULT_ATTRIBUTES.resultType];
  if (!resultType) {
    throw new RecordParseError(
      "SQS record has no 'result_type' message attribute.",
      { context: { message_id: messageId } },
    );
  }
  const receiveCount = Number(record.attributes?.ApproximateReceiveCount);

  return {
    messageId,
    resultType,
    taskName: attributes[RESULT_ATTRIBUTES.taskName],
    scheduledTime: attributes[RESULT_ATTRIBUTES.scheduledTime],
    payload,
    messageGroupId: record.attributes?.MessageGroupId,
    receiveCount: Number.isFinite(receiveCount) ? receiveCount : 1,
    idempotencyKey: idempotencyKey(record, attributes, payloadText),
  };
}
