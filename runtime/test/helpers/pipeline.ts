import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';

import {
  startLocalCloud,
  type LocalCloud,
} from '../../../src/local-cloud/index.js';
import { startFaultySes, type FaultySes } from './faulty-ses.js';

/** Local cloud, fault-injecting SES proxy, clients and a FIFO results topic. */
export interface Pipeline {
  readonly cloud: LocalCloud;
  readonly faultySes: FaultySes;
  readonly sns: SNSClient;
  readonly sqs: SQSClient;
  /** SES client through the fault proxy: one attempt, 300 ms request timeout. */
  readonly ses: SESv2Client;
  readonly topicArn: string;
  stop(): Promise<void>;
}

/** Starts everything an end-to-end test needs, on 127.0.0.1. */
export async function startPipeline(): Promise<Pipeline> {
  const cloud = await startLocalCloud();
  const faultySes = await startFaultySes(cloud.ses.endpoint);
  const sns = new SNSClient(cloud.awsConfig);
  const sqs = new SQSClient(cloud.awsConfig);
  const ses = new SESv2Client({
    ...cloud.sesConfig,
    endpoint: faultySes.url,
    // SQS redelivery, not the SDK, retries: that is what is under test.
    maxAttempts: 1,
    requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true },
  });
  const { TopicArn = '' } = await sns.send(
    new CreateTopicCommand({
      Name: 'results.fifo',
      Attributes: { FifoTopic: 'true' },
    }),
  );

  return {
    cloud,
    faultySes,
    sns,
    sqs,
    ses,
    topicArn: TopicArn,
    stop: async () => {
      sns.destroy();
      sqs.destroy();
      ses.destroy();
      await faultySes.stop();
      await cloud.stop();
    },
  };
}
