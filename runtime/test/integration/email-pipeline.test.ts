import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createChannelQueues,
  pumpQueue,
  type ChannelQueues,
} from '../../../src/local-cloud/index.js';
import { createEmailChannel } from '../../src/channels/email/email-channel.js';
import { silentLogger } from '../../src/logging/logger.js';
import { defineTask } from '../../src/task/define-task.js';
import { drainQueue } from '../helpers/drain-queue.js';
import { schedulerEvent } from '../helpers/events.js';
import { lambdaContext } from '../helpers/lambda-context.js';
import { startPipeline, type Pipeline } from '../helpers/pipeline.js';

type Results = {
  report: { id: string; total?: number; fault?: string };
  ignored: { id: string };
};

const TEMPLATES = {
  EMAIL_SENDER: 'cron@example.com',
  EMAIL_RECIPIENTS: '["ops@example.com"]',
  LAMBDACRON_TEMPLATE_SUBJECT:
    'inline:Tick {{ id }}{% if fault %} fault={{ fault }}{% endif %}',
  LAMBDACRON_TEMPLATE_TEXT: 'inline:Total {{ total }}',
  LAMBDACRON_TEMPLATE_HTML:
    'inline:<p>{{ id }} at {{ lambdacron.scheduled_time }}</p>',
};

// Eight results of one tick: four clean, three transient faults that clear
// before maxReceiveCount, one rejected recipient and one failing template.
const REPORTS: Results['report'][] = [
  { id: 'ok-1', total: 1 },
  { id: 'ok-2', total: 2 },
  { id: 'throttled', total: 3, fault: 'throttle:1' },
  { id: 'unavailable', total: 4, fault: '5xx:2' },
  { id: 'slow', total: 5, fault: 'timeout:1' },
  { id: 'rejected', total: 6, fault: 'reject:0' },
  { id: 'no-total' },
  { id: 'ok-3', total: 7 },
];

describe('email pipeline (task → FIFO topic → filtered raw subscription → FIFO queue → email channel)', () => {
  let pipeline: Pipeline;
  let queues: ChannelQueues;
  let delivered: string[];
  let deadLettered: string[];

  beforeAll(async () => {
    pipeline = await startPipeline();
    queues = await createChannelQueues({
      sns: pipeline.sns,
      sqs: pipeline.sqs,
      topicArn: pipeline.topicArn,
      channelName: 'email',
      resultTypes: ['report'],
      maxReceiveCount: 3,
      visibilityTimeoutSeconds: 1,
    });
    const task = defineTask<Results>(
      {
        resultTypes: ['report', 'ignored'],
        run: () => [
          ...REPORTS.map((payload) => ({
            type: 'report' as const,
            payload,
            key: payload.id,
          })),
          { type: 'ignored' as const, payload: { id: 'nobody-listens' } },
        ],
      },
      {
        sns: pipeline.sns,
        topicArn: pipeline.topicArn,
        taskName: 'nightly',
        logger: silentLogger,
      },
    );
    const channel = createEmailChannel({
      env: TEMPLATES,
      ses: pipeline.ses,
      logger: silentLogger,
    });

    // The same tick twice, as a Scheduler retry would: SNS dedups it.
    await task(schedulerEvent(), lambdaContext());
    await task(schedulerEvent(), lambdaContext());
    await pipeline.sqs.send(
      new SendMessageCommand({
        QueueUrl: queues.queueUrl,
        MessageBody: 'this is not json',
        MessageGroupId: 'stray',
        MessageDeduplicationId: 'stray-1',
      }),
    );
    await pumpQueue({
      sqs: pipeline.sqs,
      queueUrl: queues.queueUrl,
      handler: channel,
      maxDurationMs: 50_000,
    });

    delivered = (await pipeline.cloud.ses.emails()).map(
      (email) => /^Tick (\S+)/.exec(email.subject)?.[1] ?? email.subject,
    );
    deadLettered = (
      await drainQueue(pipeline.sqs, queues.deadLetterQueueUrl)
    ).map((message) => {
      try {
        return (JSON.parse(message.Body ?? '') as { id: string }).id;
      } catch {
        return message.Body ?? '';
      }
    });
  }, 60_000);

  afterAll(async () => {
    await pipeline.stop();
  });

  it('accounts for every published result: delivered plus dead-lettered equals N', () => {
    const fromTask = deadLettered.filter((id) => id !== 'this is not json');

    expect(delivered.length + fromTask.length).toBe(REPORTS.length);
  });

  it('delivers each result of the tick exactly once, despite the double publish and retries', () => {
    const sorted = [...delivered].sort();

    expect(sorted).toEqual([
      'ok-1',
      'ok-2',
      'ok-3',
      'slow',
      'throttled',
      'unavailable',
    ]);
    expect(new Set(delivered).size).toBe(delivered.length);
  });

  it('recovers from throttling, 5xx and timeouts by SQS redelivery', () => {
    const attempts = Object.fromEntries(pipeline.faultySes.attempts);

    expect(attempts).toMatchObject({
      'fault=throttle:1': 2,
      'fault=5xx:2': 3,
      'fault=timeout:1': 2,
    });
  });

  it('dead-letters the rejected recipient, the failing template and the malformed record after maxReceiveCount', () => {
    const sorted = [...deadLettered].sort();

    expect(sorted).toEqual(['no-total', 'rejected', 'this is not json']);
    expect(pipeline.faultySes.attempts.get('fault=reject:0')).toBe(3);
  });

  it('filters out a result type nobody subscribes to', () => {
    const everything = [...delivered, ...deadLettered];

    expect(everything).not.toContain('nobody-listens');
  });

  it('renders the payload and the lambdacron variable into the email', async () => {
    const emails = await pipeline.cloud.ses.emails();

    const ok = emails.find((email) => email.subject === 'Tick ok-1');
    expect(ok?.body.text).toBe('Total 1');
    expect(ok?.body.html).toBe('<p>ok-1 at 2025-01-01T08:00:00Z</p>');
    expect(ok?.destination.to).toEqual(['ops@example.com']);
  });
});
