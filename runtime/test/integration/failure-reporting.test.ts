import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import {
  createChannelQueues,
  pumpQueue,
  type ChannelQueues,
} from '../../../src/local-cloud/index.js';
import { createEmailChannel } from '../../src/channels/email/email-channel.js';
import { silentLogger } from '../../src/logging/logger.js';
import { defineTask } from '../../src/task/define-task.js';
import { schedulerEvent } from '../helpers/events.js';
import { lambdaContext } from '../helpers/lambda-context.js';
import { startPipeline, type Pipeline } from '../helpers/pipeline.js';

type Results = { report: { blob: string } };

describe('failure reporting (failed task → error result → alert email)', () => {
  let pipeline: Pipeline;
  let queues: ChannelQueues;

  beforeAll(async () => {
    vi.stubEnv('AWS_REGION', 'eu-west-1');
    vi.stubEnv('AWS_LAMBDA_LOG_GROUP_NAME', '/aws/lambda/nightly');
    vi.stubEnv('AWS_LAMBDA_LOG_STREAM_NAME', '2025/01/01/[$LATEST]abc');
    pipeline = await startPipeline();
    queues = await createChannelQueues({
      sns: pipeline.sns,
      sqs: pipeline.sqs,
      topicArn: pipeline.topicArn,
      channelName: 'alerts',
      resultTypes: ['error'],
    });
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await pipeline.stop();
  });

  it.each([
    [
      'a task that throws',
      'crashing',
      () => {
        throw new RangeError('upstream API returned 500');
      },
      'RangeError',
    ],
    [
      'a result over the 256 KB SNS limit',
      'oversized',
      () => ({
        type: 'report' as const,
        payload: { blob: 'x'.repeat(300_000) },
      }),
      'MessageLimitError',
    ],
  ])(
    'emails an alert with the error and a logs link for %s',
    async (_case, taskName, run, errorName) => {
      await pipeline.cloud.ses.clear();
      const task = defineTask<Results>(
        { resultTypes: ['report'], run },
        {
          sns: pipeline.sns,
          topicArn: pipeline.topicArn,
          taskName,
          logger: silentLogger,
        },
      );
      const channel = createEmailChannel({
        env: {
          EMAIL_SENDER: 'cron@example.com',
          EMAIL_RECIPIENTS: '["oncall@example.com"]',
          LAMBDACRON_TEMPLATE_SUBJECT:
            'inline:[{{ task_name }}] failed: {{ error_name }}',
          LAMBDACRON_TEMPLATE_TEXT:
            'inline:{{ error_message }}\n{{ logs_url }}',
          LAMBDACRON_TEMPLATE_HTML: 'inline:<a href="{{ logs_url }}">logs</a>',
        },
        ses: pipeline.ses,
        logger: silentLogger,
      });

      await expect(task(schedulerEvent(), lambdaContext())).rejects.toThrow();
      await pumpQueue({
        sqs: pipeline.sqs,
        queueUrl: queues.queueUrl,
        handler: channel,
      });

      const emails = await pipeline.cloud.ses.emails();
      expect(emails).toHaveLength(1);
      expect(emails[0]?.subject).toBe(`[${taskName}] failed: ${errorName}`);
      expect(emails[0]?.body.text).toContain(
        'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Faws$252Flambda$252Fnightly',
      );
    },
  );
});
