import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  createEmailChannel,
  type TaskInvocationSummary,
} from '@lambdacron/runtime';

import {
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  createChannelQueues,
  lambdaContext,
  pumpQueue,
  startLocalCloud,
  type CapturedEmail,
} from '../src/local-cloud/index.js';
import {
  EXAMPLE,
  EXAMPLE_DIR,
  emailChannelEnvironment,
} from './demo-settings.js';
import { scheduledEvent } from './scheduled-event.js';

/** What one demo run did, for the CLI to print and the tests to check. */
export interface DemoResult {
  readonly taskName: string;
  readonly scheduledTime: string;
  readonly firstRun: TaskInvocationSummary;
  readonly duplicateRun: TaskInvocationSummary;
  /** Messages that reached the email channel's queue. */
  readonly recordsDelivered: number;
  readonly emails: readonly CapturedEmail[];
  readonly deadLettered: number;
  readonly htmlFiles: readonly string[];
}

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Folder the rendered HTML is written to. */
  readonly outDir: string;
  /** The tick to run. Default: the latest five-minute tick. */
  readonly scheduledTime?: Date;
}

const TICK_MS = 5 * 60_000;

/** Names as the modules derive them: `<prefix>-<8 hex digits>`. */
function derivedName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/**
 * Runs the basic example end to end on the embedded local cloud: the task
 * publishes to a FIFO topic, the email channel's filtered subscription
 * feeds its FIFO queue, and the email handler renders and sends through a
 * local SES. Each piece is the real one; only AWS is emulated.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const cloud = await startLocalCloud();
  const restoreEnvironment = setEnvironment({
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_SNS: cloud.fauxqs.endpoint,
    AWS_ENDPOINT_URL_SESV2: cloud.ses.endpoint,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });

  try {
    const sns = new SNSClient(cloud.awsConfig);
    const sqs = new SQSClient(cloud.awsConfig);

    const { TopicArn: topicArn = '' } = await sns.send(
      new CreateTopicCommand({
        Name: EXAMPLE.topicName,
        Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'false' },
      }),
    );
    const channel = await createChannelQueues({
      sns,
      sqs,
      topicArn,
      channelName: derivedName('lambdacron-email'),
      resultTypes: EXAMPLE.resultTypes,
    });

    const taskName = derivedName('lambdacron-task');
    setEnvironment({ SNS_TOPIC_ARN: topicArn, LAMBDACRON_TASK_NAME: taskName });
    const { handler: taskHandler } = await import(
      join(EXAMPLE_DIR, 'task', 'src', 'handler.ts')
    );
    const tick =
      options.scheduledTime ??
      new Date(Math.floor(Date.now() / TICK_MS) * TICK_MS);
    const event = scheduledEvent(
      taskName,
      tick,
      `arn:aws:scheduler:${LOCAL_REGION}:000000000000:schedule/default/${taskName}`,
    );
    const firstRun = await taskHandler(event, lambdaContext(taskName, 60_000));
    const duplicateRun = await taskHandler(
      event,
      lambdaContext(taskName, 60_000),
    );

    setEnvironment(emailChannelEnvironment());
    const pumped = await pumpQueue({
      sqs,
      queueUrl: channel.queueUrl,
      handler: createEmailChannel(),
      quietMs: 300,
    });

    const emails = await cloud.ses.emails();
    mkdirSync(options.outDir, { recursive: true });
    const htmlFiles = emails.map((email, index) => {
      const file = join(options.outDir, `email-${index + 1}.html`);
      writeFileSync(file, email.body.html ?? '');
      return file;
    });

    return {
      taskName,
      scheduledTime: tick.toISOString(),
      firstRun,
      duplicateRun,
      recordsDelivered: pumped.recordsDeleted,
      emails,
      deadLettered: await visibleMessages(sqs, channel.deadLetterQueueUrl),
      htmlFiles,
    };
  } finally {
    restoreEnvironment();
    await cloud.stop();
  }
}

async function visibleMessages(
  sqs: SQSClient,
  queueUrl: string,
): Promise<number> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages'],
    }),
  );

  return Number(Attributes.ApproximateNumberOfMessages ?? 0);
}

const originalEnvironment = new Map<string, string | undefined>();

/** Sets variables for the in-process handlers; the result restores them all. */
function setEnvironment(values: Record<string, string>): () => void {
  for (const [name, value] of Object.entries(values)) {
    if (!originalEnvironment.has(name)) {
      originalEnvironment.set(name, process.env[name]);
    }
    process.env[name] = value;
  }

  return () => {
    for (const [name, value] of originalEnvironment) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
    originalEnvironment.clear();
  };
}
