import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type {
  Context,
  SQSBatchResponse,
  SQSEvent,
  SQSMessageAttributes,
  SQSRecord,
} from 'aws-lambda';

import { lambdaContext } from './lambda-context.js';
import { LOCAL_REGION } from './local-defaults.js';

/** An SQS-triggered handler as Lambda calls it. */
export type SqsHandler = (
  event: SQSEvent,
  context: Context,
) => Promise<SQSBatchResponse | void | undefined>;

/** Options of {@link pumpQueue}. */
export interface PumpQueueOptions {
  readonly sqs: Pick<SQSClient, 'send'>;
  readonly queueUrl: string;
  readonly handler: SqsHandler;
  /** Records per invocation (the mapping's BatchSize). Default: 10. */
  readonly batchSize?: number;
  /** Stop when the queue has been empty, visible and in flight, this long. Default: 0 ms. */
  readonly quietMs?: number;
  /** Give up (and throw) after this long. Default: 60 000 ms. */
  readonly maxDurationMs?: number;
  /** Pause between polls while messages are in flight. Default: 50 ms. */
  readonly pollIntervalMs?: number;
}

/** What a pump run did. */
export interface PumpResult {
  readonly invocations: number;
  readonly recordsReceived: number;
  readonly recordsDeleted: number;
  /** Records left for redelivery (reported failures, or all of a thrown batch). */
  readonly recordsFailed: number;
  readonly handlerErrors: number;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

function toMessageAttributes(message: Message): SQSMessageAttributes {
  return Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
      name,
      {
        dataType: value.DataType ?? 'String',
        stringValue: value.StringValue,
        binaryValue: value.BinaryValue
          ? Buffer.from(value.BinaryValue).toString('base64')
          : undefined,
        stringListValues: value.StringListValues ?? [],
        binaryListValues: [],
      },
    ]),
  );
}

/** Shapes a received message as the event source mapping does. */
export function toSqsRecord(message: Message, queueArn: string): SQSRecord {
  const attributes = message.Attributes ?? {};

  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? 'AIDALOCALCLOUD',
      ApproximateFirstReceiveTimestamp:
        attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(attributes.MessageGroupId === undefined
        ? {}
        : {
            MessageGroupId: attributes.MessageGroupId,
            MessageDeduplicationId: attributes.MessageDeduplicationId,
            SequenceNumber: attributes.SequenceNumber,
          }),
    },
    messageAttributes: toMessageAttributes(message),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: LOCAL_REGION,
  };
}

/**
 * The receipt handles to delete after an invocation, as an event source
 * mapping with `ReportBatchItemFailures` decides: a thrown handler keeps the
 * whole batch; otherwise every record not listed in `batchItemFailures` is
 * deleted. An identifier that is not in the batch fails the whole batch.
 */
export function receiptsToDelete(
  records: readonly SQSRecord[],
  outcome: { threw: boolean; response?: SQSBatchResponse | void },
): SQSRecord[] {
  if (outcome.threw) {
    return [];
  }

  const failed = new Set(
    (outcome.response?.batchItemFailures ?? []).map((f) => f.itemIdentifier),
  );
  const ids = new Set(records.map((record) => record.messageId));
  if ([...failed].some((id) => !id || !ids.has(id))) {
    return [];
  }

  return records.filter((record) => !failed.has(record.messageId));
}

async function queueDepth(
  sqs: PumpQueueOptions['sqs'],
  queueUrl: string,
): Promise<{ depth: number; arn: string }> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: [
        'QueueArn',
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  const depth =
    Number(Attributes.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0) +
    Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0);

  return { depth, arn: Attributes.QueueArn ?? '' };
}

/**
 * Delivers a queue's messages to `handler` the way Lambda's SQS event source
 * mapping does, until the queue is quiet: receives batches with all system
 * and message attributes, invokes the handler with a real SQS event, deletes
 * the records that succeeded and leaves failures to reappear after the
 * visibility timeout. The queue's redrive policy moves a message to its DLQ
 * once it has been received `maxReceiveCount` times.
 *
 * @example
 * await pumpQueue({ sqs, queueUrl, handler: emailHandler });
 */
export async function pumpQueue(
  options: PumpQueueOptions,
): Promise<PumpResult> {
  const { sqs, queueUrl, handler } = options;
  const startedAt = Date.now();
  const maxDurationMs = options.maxDurationMs ?? 60_000;
  const result = {
    invocations: 0,
    recordsReceived: 0,
    recordsDeleted: 0,
    recordsFailed: 0,
    handlerErrors: 0,
  };
  let quietSince: number | undefined;

  for (;;) {
    if (Date.now() - startedAt > maxDurationMs) {
      throw new Error(
        `pumpQueue: queue not quiet after ${maxDurationMs} ms: ${queueUrl}`,
      );
    }

    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: options.batchSize ?? 10,
        MessageSystemAttributeNames: ['All'],
        MessageAttributeNames: ['All'],
        WaitTimeSeconds: 0,
      }),
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) {
      const { depth } = await queueDepth(sqs, queueUrl);
      if (depth === 0) {
        quietSince ??= Date.now();
        if (Date.now() - quietSince >= (options.quietMs ?? 0)) {
          return result;
        }
      } else {
        quietSince = undefined;
      }
      await sleep(options.pollIntervalMs ?? 50);
      continue;
    }
    quietSince = undefined;

    const { arn } = await queueDepth(sqs, queueUrl);
    const records = messages.map((message) => toSqsRecord(message, arn));
    let outcome: { threw: boolean; response?: SQSBatchResponse | void };
    result.invocations += 1;
    try {
      outcome = {
        threw: false,
        response: await handler(
          { Records: records },
          lambdaContext('local-channel', 30_000),
        ),
      };
    } catch {
      result.handlerErrors += 1;
      outcome = { threw: true };
    }

    const deletions = receiptsToDelete(records, outcome);
    if (deletions.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: deletions.map((record, index) => ({
            Id: String(index),
            ReceiptHandle: record.receiptHandle,
          })),
        }),
      );
    }
    result.recordsReceived += records.length;
    result.recordsDeleted += deletions.length;
    result.recordsFailed += records.length - deletions.length;
  }
}
