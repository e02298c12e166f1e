import type { SQSEvent } from 'aws-lambda';

/**
 * An SQS event from a task's failure queue: one record holding what Lambda
 * sends to an on-failure destination when a run of `requestPayload` failed.
 */
export function failedRunEvent(
  requestPayload: unknown,
  response: { errorType: string; errorMessage: string },
  messageId = 'failure-1',
): SQSEvent {
  const body = {
    version: '1.0',
    timestamp: '2025-01-01T08:00:05.000Z',
    requestContext: {
      requestId: 'b6f0b7d4-0000-4000-8000-000000000001',
      functionArn:
        'arn:aws:lambda:eu-west-1:123456789012:function:report-task:$LATEST',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 1,
    },
    requestPayload,
    responseContext: {
      statusCode: 200,
      executedVersion: '$LATEST',
      functionError: 'Unhandled',
    },
    responsePayload: response,
  };

  return {
    Records: [
      {
        messageId,
        receiptHandle: `receipt-${messageId}`,
        body: JSON.stringify(body),
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: '1735718405000',
          SenderId: 'AROAEXAMPLE',
          ApproximateFirstReceiveTimestamp: '1735718405000',
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN:
          'arn:aws:sqs:eu-west-1:123456789012:report-task-failures',
        awsRegion: 'eu-west-1',
      },
    ],
  };
}
