import type { SQSEvent, SQSRecord } from 'aws-lambda';

let counter = 0;

/** Options of {@link rawRecord}. */
export interface RecordOptions {
  readonly messageId?: string;
  readonly resultType?: string;
  readonly taskName?: string;
  readonly scheduledTime?: string;
  readonly groupId?: string;
  readonly deduplicationId?: string;
  readonly receiveCount?: number;
  readonly body?: string;
}

function stringAttribute(value: string) {
  return {
    dataType: 'String',
    stringValue: value,
    stringListValues: [],
    binaryListValues: [],
  };
}

/** An SQS record as raw SNS delivery produces it (body = payload). */
export function rawRecord(
  payload: unknown,
  options: RecordOptions = {},
): SQSRecord {
  counter += 1;
  const messageId = options.messageId ?? `msg-${counter}`;
  const attributes: Record<string, ReturnType<typeof stringAttribute>> = {};
  if (options.resultType !== '') {
    attributes.result_type = stringAttribute(
      options.resultType ?? 'daily-report',
    );
  }
  attributes.task_name = stringAttribute(options.taskName ?? 'report');
  attributes.scheduled_time = stringAttribute(
    options.scheduledTime ?? '2025-01-01T08:00:00Z',
  );

  return {
    messageId,
    receiptHandle: `rh-${messageId}`,
    body: options.body ?? JSON.stringify(payload),
    attributes: {
      ApproximateReceiveCount: String(options.receiveCount ?? 1),
      SentTimestamp: '1735718400000',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1735718400000',
      ...(options.groupId === undefined
        ? {}
        : { MessageGroupId: options.groupId, SequenceNumber: String(counter) }),
      ...(options.deduplicationId === undefined
        ? {}
        : { MessageDeduplicationId: options.deduplicationId }),
    },
    messageAttributes: attributes,
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:email.fifo',
    awsRegion: 'eu-west-1',
  };
}

/** An SQS record carrying an SNS envelope (raw delivery off). */
export function envelopeRecord(
  payload: unknown,
  resultType = 'daily-report',
): SQSRecord {
  const record = rawRecord({});

  return {
    ...record,
    messageAttributes: {},
    body: JSON.stringify({
      Type: 'Notification',
      MessageId: 'sns-1',
      TopicArn: 'arn:aws:sns:eu-west-1:123456789012:results.fifo',
      Message: JSON.stringify(payload),
      Timestamp: '2025-01-01T08:00:01.000Z',
      MessageAttributes: {
        result_type: { Type: 'String', Value: resultType },
        task_name: { Type: 'String', Value: 'report' },
        scheduled_time: { Type: 'String', Value: '2025-01-01T08:00:00Z' },
      },
    }),
  };
}

/** Wraps records in an SQS event. */
export function sqsEvent(records: SQSRecord[]): SQSEvent {
  return { Records: records };
}
