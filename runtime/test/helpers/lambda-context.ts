import type { Context } from 'aws-lambda';

/** A Lambda context whose deadline is `remainingMs` from now. */
export function lambdaContext(
  remainingMs = 60_000,
  overrides: Partial<Context> = {},
): Context {
  const deadline = Date.now() + remainingMs;

  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'report-task',
    functionVersion: '$LATEST',
    invokedFunctionArn:
      'arn:aws:lambda:eu-west-1:123456789012:function:report-task',
    memoryLimitInMB: '128',
    awsRequestId: 'req-0001',
    logGroupName: '/aws/lambda/report-task',
    logStreamName: '2025/01/01/[$LATEST]abc',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
    ...overrides,
  };
}
