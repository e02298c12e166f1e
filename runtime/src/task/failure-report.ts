import { errorMessage, errorName } from '../errors.js';

/** Longest `error_message` put in an error result, in characters. */
export const MAX_ERROR_MESSAGE_LENGTH = 4096;

/** Payload of the error result a failed task publishes (README, "Failure reporting"). */
export interface ErrorResultPayload {
  readonly task_name: string;
  readonly scheduled_time: string;
  readonly error_name: string;
  readonly error_message: string;
  readonly log_group: string | null;
  readonly log_stream: string | null;
  readonly logs_url: string | null;
}

// The CloudWatch console's hash route encodes path segments twice, with '$'
// in place of '%': '/' → '%2F' → '$252F'.
function consoleEncode(value: string): string {
  return encodeURIComponent(encodeURIComponent(value)).replace(/%/g, '$');
}

/**
 * CloudWatch console URL of a log stream, or null without region or group.
 *
 * @example
 * cloudWatchLogsUrl('eu-west-1', '/aws/lambda/report', '2025/01/01/[$LATEST]abc');
 */
export function cloudWatchLogsUrl(
  region: string | undefined,
  logGroup: string | undefined,
  logStream: string | undefined,
): string | null {
  if (!region || !logGroup) {
    return null;
  }

  const base = `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${consoleEncode(logGroup)}`;

  return logStream ? `${base}/log-events/${consoleEncode(logStream)}` : base;
}

/** Builds the error result payload from a failure and the Lambda environment. */
export function errorResultPayload(
  taskName: string,
  scheduledTime: string,
  error: unknown,
  env: NodeJS.ProcessEnv,
): ErrorResultPayload {
  const logGroup = env.AWS_LAMBDA_LOG_GROUP_NAME;
  const logStream = env.AWS_LAMBDA_LOG_STREAM_NAME;

  return {
    task_name: taskName,
    scheduled_time: scheduledTime,
    error_name: errorName(error),
    error_message: errorMessage(error).slice(0, MAX_ERROR_MESSAGE_LENGTH),
    log_group: logGroup ?? null,
    log_stream: logStream ?? null,
    logs_url: cloudWatchLogsUrl(env.AWS_REGION, logGroup, logStream),
  };
}
