/**
 * The simplest scheduled task that works, hand-written: the same SNS client
 * and the same message as `../fixtures/task.ts` (payload, result attributes,
 * FIFO group and deduplication id), without the runtime's event parsing,
 * result validation, limits checks, failure reports or logging.
 */
import { createHash } from 'node:crypto';

import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';

let sns: SNSClient | undefined;

const text = (value: string) => ({ DataType: 'String', StringValue: value });

/** EventBridge Scheduler handler: publishes one `example` result. */
export async function handler(event: { time?: string }): Promise<void> {
  sns ??= new SNSClient({});
  const scheduledTime = event.time ?? new Date().toISOString();
  const taskName = process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'task';
  const failing = new Date(scheduledTime).getUTCMinutes() % 4;
  const message = JSON.stringify({ checked: 3, failing });

  await sns.send(
    new PublishCommand({
      TopicArn: process.env.SNS_TOPIC_ARN,
      Message: message,
      MessageAttributes: {
        result_type: text('example'),
        task_name: text(taskName),
        scheduled_time: text(scheduledTime),
      },
      MessageGroupId: `${taskName}.example`,
      MessageDeduplicationId: createHash('sha256')
        .update(`${taskName}|${scheduledTime}|example`)
        .digest('hex'),
    }),
  );
}
