import { createHash } from 'node:crypto';

import { ResultValidationError } from '../errors.js';
import {
  checkMessageGroupId,
  checkMessageLimits,
  type StringAttribute,
} from './limits.js';

/** Message attribute names of contract §2. */
export const RESULT_ATTRIBUTES = {
  resultType: 'result_type',
  taskName: 'task_name',
  scheduledTime: 'scheduled_time',
} as const;

/** One result to publish, after the task API has validated it. */
export interface OutgoingResult {
  readonly type: string;
  readonly payload: object;
  readonly key?: string;
}

/** Where and for which tick a result is published. */
export interface PublishTarget {
  readonly topicArn: string;
  readonly taskName: string;
  readonly scheduledTime: string;
}

/** A message ready for Publish or PublishBatch (the SDK's field names). */
export interface ResultMessage {
  readonly Message: string;
  readonly MessageAttributes: Record<string, StringAttribute>;
  readonly MessageGroupId?: string;
  readonly MessageDeduplicationId?: string;
  /** The result type, for error context. */
  readonly resultType: string;
}

/** True for a FIFO topic ARN (its name ends in `.fifo`). */
export function isFifoTopic(topicArn: string): boolean {
  return topicArn.endsWith('.fifo');
}

/**
 * The FIFO deduplication id of contract §2: SHA-256 hex of task name,
 * scheduled time, result type and optional key, joined by newlines. The same
 * tick therefore dedups on every retry of the task.
 */
export function deduplicationId(
  taskName: string,
  scheduledTime: string,
  resultType: string,
  key?: string,
): string {
  const parts = [taskName, scheduledTime, resultType];
  if (key !== undefined) {
    parts.push(key);
  }

  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

function encodePayload(result: OutgoingResult): string {
  let message: string | undefined;
  try {
    message = JSON.stringify(result.payload);
  } catch (error) {
    throw new ResultValidationError(
      'Result payload is not JSON-serializable.',
      {
        cause: error,
        context: { result_type: result.type },
      },
    );
  }
  if (message === undefined || !message.startsWith('{')) {
    throw new ResultValidationError(
      'Result payload must encode to a JSON object.',
      { context: { result_type: result.type } },
    );
  }

  return message;
}

/**
 * Builds the SNS message of one result (contract §2) and checks it against
 * the SNS limits.
 *
 * @throws ResultValidationError when the payload is not a JSON object.
 * @throws MessageLimitError when it breaks an SNS limit.
 */
export function buildResultMessage(
  target: PublishTarget,
  result: OutgoingResult,
): ResultMessage {
  const message = {
    Message: encodePayload(result),
    MessageAttributes: {
      [RESULT_ATTRIBUTES.resultType]: string(result.type),
      [RESULT_ATTRIBUTES.taskName]: string(target.taskName),
      [RESULT_ATTRIBUTES.scheduledTime]: string(target.scheduledTime),
    },
  };
  checkMessageLimits(message, result.type);
  if (!isFifoTopic(target.topicArn)) {
    return { ...message, resultType: result.type };
  }

  const groupId = `${target.taskName}.${result.type}`;
  checkMessageGroupId(groupId);

  return {
    ...message,
    MessageGroupId: groupId,
    MessageDeduplicationId: deduplicationId(
      target.taskName,
      target.scheduledTime,
      result.type,
      result.key,
    ),
    resultType: result.type,
  };
}

function string(value: string): StringAttribute {
  return { DataType: 'String', StringValue: value };
}
