import type { SQSEvent } from 'aws-lambda';

import { RecordParseError } from '../errors.js';

/**
 * What Lambda sends to an asynchronous invocation's on-failure destination
 * when a run failed for good (it threw, timed out or crashed).
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
export interface FailedRun {
  /** The event of the failed invocation: the scheduled event. */
  readonly requestPayload: unknown;
  /** Lambda's error type, e.g. `Error`, `Sandbox.Timedout`, `Runtime.ExitError`. */
  readonly errorType: string;
  readonly errorMessage: string;
  /** Why Lambda gave up: `RetriesExhausted` or `EventAgeExceeded`. */
  readonly condition: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Whether `event` is an SQS batch (from the task's failure queue) rather
 * than a scheduled event.
 */
export function isSqsEvent(event: unknown): event is SQSEvent {
  return (
    isRecord(event) &&
    Array.isArray(event.Records) &&
    event.Records.length > 0 &&
    event.Records.every(
      (record) => isRecord(record) && record.eventSource === 'aws:sqs',
    )
  );
}

/** Parses one failure destination record (an SQS message body). */
export function parseFailedRun(body: string, messageId: string): FailedRun {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (cause) {
    throw new RecordParseError('Failure record is not JSON.', {
      cause,
      context: { message_id: messageId },
    });
  }
  if (!isRecord(parsed) || !isRecord(parsed.requestContext)) {
    throw new RecordParseError(
      'Failure record lacks requestContext; it was not sent by Lambda.',
      { context: { message_id: messageId } },
    );
  }

  const response = isRecord(parsed.responsePayload)
    ? parsed.responsePayload
    : {};
  const responseContext = isRecord(parsed.responseContext)
    ? parsed.responseContext
    : {};

  return {
    requestPayload: parsed.requestPayload,
    errorType: String(
      response.errorType ?? responseContext.functionError ?? 'Unknown',
    ),
    errorMessage: String(response.errorMessage ?? 'The run failed.'),
    condition: String(parsed.requestContext.condition ?? 'Unknown'),
  };
}
