import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  CreateBucketCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CreateTopicCommand,
  PublishCommand,
  SNSClient,
} from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import {
  bundleChannelHandler,
  CHANNELS,
  type ChannelName,
} from '../../channel-images/bundle.js';
import {
  createChannelQueues,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  pumpQueue,
  startLocalCloud,
  type LocalCloud,
  type SqsHandler,
} from '../../src/local-cloud/index.js';
import {
  startFakeTwilio,
  type FakeTwilio,
} from '../../runtime/test/channels/sms/fake-twilio.js';

const LARGE_TEMPLATE = 'test/terraform/email-notification/templates/large.html';
const TOKEN = 'bundled-twilio-token';

/** A fake Secrets Manager: the JSON protocol's GetSecretValue, nothing else. */
async function startFakeSecretsManager(
  secrets: Record<string, string>,
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { SecretId } = JSON.parse(Buffer.concat(chunks).toString()) as {
        SecretId: string;
      };
      const value = secrets[SecretId];
      response.writeHead(value === undefined ? 400 : 200, {
        'content-type': 'application/x-amz-json-1.1',
      });
      response.end(
        JSON.stringify(
          value === undefined
            ? { __type: 'ResourceNotFoundException' }
            : { ARN: SecretId, SecretString: value },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
  };
}

describe('bundled channel handlers (channel-images) on the local cloud', () => {
  let dir: string;
  let cloud: LocalCloud;
  let twilio: FakeTwilio;
  let secrets: { url: string; server: Server };
  let sns: SNSClient;
  let sqs: SQSClient;
  let topicArn: string;
  const handlers = {} as Record<ChannelName, SqsHandler>;
  const bytes = {} as Record<ChannelName, number>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lambdacron-bundles-'));
    for (const channel of CHANNELS) {
      const outFile = join(dir, channel, 'handler.js');
      bytes[channel] = (await bundleChannelHandler(channel, outFile)).bytes;
      // Lambda loads handler.js as CommonJS, with no node_modules around it.
      handlers[channel] = (
        createRequire(outFile)(outFile) as { handler: SqsHandler }
      ).handler;
    }

    cloud = await startLocalCloud();
    twilio = await startFakeTwilio();
    secrets = await startFakeSecretsManager({
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:twilio-AbCdEf':
        TOKEN,
    });
    sns = new SNSClient(cloud.awsConfig);
    sqs = new SQSClient(cloud.awsConfig);
    topicArn =
      (
        await sns.send(
          new CreateTopicCommand({
            Name: 'results.fifo',
            Attributes: { FifoTopic: 'true' },
          }),
        )
      ).TopicArn ?? '';
    const s3 = new S3Client(cloud.s3Config);
    await s3.send(new CreateBucketCommand({ Bucket: 'templates' }));
    await s3.send(
      new PutObjectCommand({
        Bucket: 'templates',
        Key: 'email/html-large.njk',
        Body: readFileSync(LARGE_TEMPLATE, 'utf8'),
      }),
    );
    s3.destroy();
  }, 120_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    sns?.destroy();
    sqs?.destroy();
    await twilio?.stop();
    await new Promise((resolve) => secrets?.server.close(resolve));
    await cloud?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function stubEnvironment(variables: Record<string, string>): void {
    vi.unstubAllEnvs();
    const common = {
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_S3: cloud.fauxqs.endpoint,
      AWS_ENDPOINT_URL_SESV2: cloud.ses.endpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      LOG_LEVEL: 'error',
    };
    for (const [name, value] of Object.entries({ ...common, ...variables })) {
      vi.stubEnv(name, value);
    }
  }

  async function deliver(channel: ChannelName, payload: object) {
    const queues = await createChannelQueues({
      sns,
      sqs,
      topicArn,
      channelName: `bundled-${channel}`,
      resultTypes: [`${channel}-report`],
    });
    await sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: JSON.stringify(payload),
        MessageGroupId: `nightly.${channel}-report`,
        MessageDeduplicationId: `${channel}-1`,
        MessageAttributes: {
          result_type: { DataType: 'String', StringValue: `${channel}-report` },
          task_name: { DataType: 'String', StringValue: 'nightly' },
        },
      }),
    );

    return pumpQueue({
      sqs,
      queueUrl: queues.queueUrl,
      handler: handlers[channel],
    });
  }

  it('bundles each handler into one self-contained file', () => {
    for (const channel of CHANNELS) {
      expect(bytes[channel]).toBeGreaterThan(10_000);
    }
  });

  it('emails with a 50 KB HTML template read from S3', async () => {
    stubEnvironment({
      EMAIL_SENDER: 'cron@example.com',
      EMAIL_RECIPIENTS: '["ops@example.com"]',
      LAMBDACRON_TEMPLATE_SUBJECT:
        'inline:Report from {{ lambdacron.task_name }}',
      LAMBDACRON_TEMPLATE_HTML: 's3://templates/email/html-large.njk',
    });

    const result = await deliver('email', {
      rows: ['a', 'b', '<c>'],
      total: 3,
    });

    const [email] = await cloud.ses.emails();
    expect(result.recordsDeleted).toBe(1);
    expect(email?.subject).toBe('Report from nightly');
    expect(readFileSync(LARGE_TEMPLATE).length).toBeGreaterThan(50 * 1024);
    expect(email?.body.html?.length).toBeGreaterThan(45_000);
    expect(email?.body.html).toContain(
      'Literal ${not_terraform} and %{ if x } stay text.',
    );
    expect(email?.body.html).toContain('<td>&lt;c&gt;</td>');
    expect(email?.body.html).toContain('<p>Total: 3</p>');
  });

  it('texts through Twilio with the token from Secrets Manager', async () => {
    stubEnvironment({
      TWILIO_ACCOUNT_SID: `AC${'2'.repeat(32)}`,
      TWILIO_AUTH_TOKEN_SECRET_ARN:
        'arn:aws:secretsmanager:us-east-1:123456789012:secret:twilio-AbCdEf',
      TWILIO_API_BASE_URL: twilio.url,
      SMS_SENDER: '+15005550006',
      SMS_RECIPIENTS: '["+15005550001"]',
      LAMBDACRON_TEMPLATE_TEXT:
        'inline:{{ lambdacron.task_name }}: {{ total }}',
    });

    const result = await deliver('sms', { total: 9 });

    expect(result.recordsDeleted).toBe(1);
    expect(twilio.requests.map((request) => request.form)).toEqual([
      { To: '+15005550001', From: '+15005550006', Body: 'nightly: 9' },
    ]);
    expect(twilio.requests[0]?.authorization).toBe(
      `Basic ${Buffer.from(`AC${'2'.repeat(32)}:${TOKEN}`).toString('base64')}`,
    );
  });

  it('posts a JSON webhook', async () => {
    const received: string[] = [];
    const hook = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push(Buffer.concat(chunks).toString());
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    stubEnvironment({
      WEBHOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
      LAMBDACRON_TEMPLATE_BODY:
        'inline:{"text": "{{ lambdacron.task_name }}: {{ summary }}"}',
    });

    try {
      const result = await deliver('webhook', { summary: 'said "hi"' });

      expect(result.recordsDeleted).toBe(1);
      expect(received.map((body) => JSON.parse(body) as unknown)).toEqual([
        { text: 'nightly: said "hi"' },
      ]);
    } finally {
      await new Promise((resolve) => hook.close(resolve));
    }
  });
});
