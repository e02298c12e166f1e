import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';

import {
  channelQueueNames,
  resultTypeFilterPolicy,
} from '../notification-channel/wiring.js';

/** Options of {@link createChannelQueues}. */
export interface ChannelQueuesOptions {
  readonly sns: Pick<SNSClient, 'send'>;
  readonly sqs: Pick<SQSClient, 'send'>;
  /** The results topic (FIFO). */
  readonly topicArn: string;
  /** Channel name; queues are `<name>.fifo` and `<name>-dlq.fifo`. */
  readonly channelName: string;
  /** Result types the subscription's filter policy lets through. */
  readonly resultTypes: readonly string[];
  /** Receives before a message moves to the DLQ. Default: 3. */
  readonly maxReceiveCount?: number;
  /** Queue visibility timeout. Default: 1 second (short, for tests). */
  readonly visibilityTimeoutSeconds?: number;
}

/** The queues and subscription of one channel. */
export interface ChannelQueues {
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly deadLetterQueueUrl: string;
  readonly deadLetterQueueArn: string;
  readonly subscriptionArn: string;
}

async function createFifoQueue(
  sqs: ChannelQueuesOptions['sqs'],
  name: string,
  attributes: Record<string, string>,
): Promise<{ url: string; arn: string }> {
  const { QueueUrl = '' } = await sqs.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: { FifoQueue: 'true', ...attributes },
    }),
  );
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl,
      AttributeNames: ['QueueArn'],
    }),
  );

  return { url: QueueUrl, arn: Attributes.QueueArn ?? '' };
}

/**
 * Creates a channel's wiring on the local cloud as the modules do in AWS:
 * a FIFO dead-letter queue, a FIFO queue redriving to it, and a raw-delivery
 * SNS subscription filtered on `result_type`.
 */
export async function createChannelQueues(
  options: ChannelQueuesOptions,
): Promise<ChannelQueues> {
  const names = channelQueueNames(options.channelName);
  const dlq = await createFifoQueue(options.sqs, names.deadLetterQueueName, {});
  const queue = await createFifoQueue(options.sqs, names.queueName, {
    VisibilityTimeout: String(options.visibilityTimeoutSeconds ?? 1),
    RedrivePolicy: JSON.stringify({
      deadLetterTargetArn: dlq.arn,
      maxReceiveCount: options.maxReceiveCount ?? 3,
    }),
  });

  const { SubscriptionArn = '' } = await options.sns.send(
    new SubscribeCommand({
      TopicArn: options.topicArn,
      Protocol: 'sqs',
      Endpoint: queue.arn,
      ReturnSubscriptionArn: true,
      Attributes: {
        RawMessageDelivery: 'true',
        FilterPolicy: JSON.stringify(
          resultTypeFilterPolicy([...options.resultTypes]),
        ),
      },
    }),
  );

  return {
    queueUrl: queue.url,
    queueArn: queue.arn,
    deadLetterQueueUrl: dlq.url,
    deadLetterQueueArn: dlq.arn,
    subscriptionArn: SubscriptionArn,
  };
}
