import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createSmsChannel } from '../../../src/channels/sms/sms-channel.js';
import { classifyTwilioError } from '../../../src/channels/sms/twilio-errors.js';
import {
  BatchProcessingError,
  ConfigurationError,
} from '../../../src/errors.js';
import { captureLogger } from '../../helpers/log-capture.js';
import { rawRecord, sqsEvent } from '../../helpers/sqs-records.js';
import { startFakeTwilio, type FakeTwilio } from './fake-twilio.js';

const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
const AUTH_TOKEN = 'twilio-auth-token-0123456789';
const SECRET_ARN =
  'arn:aws:secretsmanager:us-east-1:123456789012:secret:twilio-AbCdEf';
const ALICE = '+15005550001';
const BOB = '+15005550002';

function environment(twilio: FakeTwilio, extra: Record<string, string> = {}) {
  return {
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN_SECRET_ARN: SECRET_ARN,
    TWILIO_API_BASE_URL: twilio.url,
    SMS_SENDER: '+15005550006',
    SMS_RECIPIENTS: JSON.stringify([ALICE, BOB]),
    LAMBDACRON_TEMPLATE_TEXT:
      'inline:{{ lambdacron.task_name }}: {{ total }} orders',
    ...extra,
  };
}

function fakeSecretsManager(value: string) {
  const calls: unknown[] = [];

  return {
    calls,
    client: {
      send: async (command: unknown) => {
        calls.push(command);
        return { SecretString: value };
      },
    },
  };
}

describe('createSmsChannel (against a local fake Twilio)', () => {
  let twilio: FakeTwilio;

  beforeAll(async () => {
    twilio = await startFakeTwilio();
  });

  afterAll(async () => {
    await twilio.stop();
  });

  beforeEach(() => {
    twilio.requests.length = 0;
  });

  function channel(
    env = environment(twilio),
    level: 'debug' | 'info' = 'info',
  ) {
    const secrets = fakeSecretsManager(AUTH_TOKEN);
    const capture = captureLogger(level);
    const handler = createSmsChannel({
      env,
      secrets: { secretsManager: secrets.client },
      logger: capture.logger,
    });

    return { handler, secrets, ...capture };
  }

  it('sends the rendered text to every recipient with Basic auth', async () => {
    const { handler } = channel();

    const response = await handler(sqsEvent([rawRecord({ total: 3 })]));

    expect(response.batchItemFailures).toEqual([]);
    expect(twilio.requests.map((request) => request.form)).toEqual([
      { To: ALICE, From: '+15005550006', Body: 'report: 3 orders' },
      { To: BOB, From: '+15005550006', Body: 'report: 3 orders' },
    ]);
    expect(twilio.requests[0]!.accountSid).toBe(ACCOUNT_SID);
    expect(twilio.requests[0]!.authorization).toBe(
      `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
    );
  });

  it('reads the auth token once per container', async () => {
    const { handler, secrets } = channel();

    await handler(sqsEvent([rawRecord({ total: 1 })]));
    await handler(sqsEvent([rawRecord({ total: 2 })]));

    expect(secrets.calls).toHaveLength(1);
  });

  it('sends through a messaging service SID when the sender is one', async () => {
    const service = `MG${'a'.repeat(32)}`;
    const { handler } = channel(environment(twilio, { SMS_SENDER: service }));

    await handler(sqsEvent([rawRecord({ total: 1 })]));

    expect(twilio.requests[0]!.form).toMatchObject({
      MessagingServiceSid: service,
    });
    expect(twilio.requests[0]!.form.From).toBeUndefined();
  });

  it.each([
    [400, 21211, 'permanent'],
    [400, 21610, 'permanent'],
    [400, 21614, 'permanent'],
    [429, 20429, 'transient'],
    [503, undefined, 'transient'],
  ])(
    'reports a %i (code %s) from Twilio as %s',
    async (status, code, errorClass) => {
      const { handler, lines } = channel(
        environment(twilio, { SMS_RECIPIENTS: JSON.stringify([ALICE]) }),
      );
      twilio.replyTo(ALICE, { status, code });
      const record = rawRecord({ total: 1 });

      const response = await handler(
        sqsEvent([record, rawRecord({ total: 2 })]),
      );

      expect(response.batchItemFailures).toEqual([
        { itemIdentifier: record.messageId },
      ]);
      const failure = lines.find((line) => line.message === 'record failed');
      expect(failure).toMatchObject({ error_class: errorClass });
    },
  );

  it('retries only the recipients that did not get the message', async () => {
    const { handler } = channel();
    twilio.replyTo(BOB, { status: 503 });
    const record = rawRecord({ total: 5 });

    const first = await handler(sqsEvent([record])).catch(
      (error: unknown) => error,
    );
    const second = await handler(sqsEvent([record]));

    expect(first).toBeInstanceOf(BatchProcessingError);
    expect(second.batchItemFailures).toEqual([]);
    expect(twilio.requests.map((request) => request.form.To)).toEqual([
      ALICE,
      BOB,
      BOB,
    ]);
  });

  it('reads the token from an SSM SecureString parameter with decryption', async () => {
    const ssm = mockClient(SSMClient);
    ssm.on(GetParameterCommand).resolves({ Parameter: { Value: AUTH_TOKEN } });
    const parameterArn =
      'arn:aws:ssm:us-east-1:123456789012:parameter/lambdacron/twilio-token';
    const handler = createSmsChannel({
      env: environment(twilio, { TWILIO_AUTH_TOKEN_SECRET_ARN: parameterArn }),
      secrets: { ssm: new SSMClient({}) },
      logger: captureLogger('info').logger,
    });

    await handler(sqsEvent([rawRecord({ total: 1 })]));

    expect(ssm.commandCalls(GetParameterCommand)[0]!.args[0].input).toEqual({
      Name: parameterArn,
      WithDecryption: true,
    });
    ssm.restore();
  });

  it('keeps recipients, the token and the text out of info logs and errors', async () => {
    const { handler, raw } = channel();
    twilio.replyTo(ALICE, { status: 400, code: 21211 });

    await handler(sqsEvent([rawRecord({ total: 987654 })])).catch(() => {});

    const logs = raw.join('\n');
    for (const secret of [ALICE, BOB, AUTH_TOKEN, '987654 orders']) {
      expect(logs).not.toContain(secret);
    }
    // Control: the logs did record the failure.
    expect(logs).toContain('21211');
  });

  it('fails setup with a ConfigurationError naming a bad recipient by index only', async () => {
    const { handler } = channel(
      environment(twilio, {
        SMS_RECIPIENTS: JSON.stringify([ALICE, '555-0100']),
      }),
    );

    const failure = await handler(sqsEvent([rawRecord({})])).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as ConfigurationError).context).toEqual({
      variable: 'SMS_RECIPIENTS',
      index: 1,
    });
    expect(String((failure as Error).message)).not.toContain('555-0100');
  });

  it('classifies no response at all as transient', () => {
    expect(classifyTwilioError(undefined, undefined).permanent).toBe(false);
  });
});
