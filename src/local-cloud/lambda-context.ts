import { randomUUID } from 'node:crypto';

import type { Context } from 'aws-lambda';

import { LOCAL_REGION } from './local-defaults.js';

/**
 * A Lambda context for invoking a handler in this process, as Lambda would
 * for `functionName`, with a deadline `timeoutMs` from now.
 */
export function lambdaContext(
  functionName: string,
  timeoutMs: number,
): Context {
  const deadline = Date.now() + timeoutMs;

  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:000000000000:function:${functionName}`,
    memoryLimitInMB: '128',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
