import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';

import { createEmailChannel } from '../../../src/channels/email/email-channel.js';
import { ConfigurationError } from '../../../src/errors.js';
import { captureLogger } from '../../helpers/log-capture.js';
import { rawRecord, sqsEvent } from '../../helpers/sqs-records.js';

const ses = mockClient(SESv2Client);

const ENV = {
  EMAIL_SENDER: 'cron@example.com',
  EMAIL_RECIPIENTS: '["ops@example.com"]',
  LAMBDACRON_TEMPLATE_SUBJECT:
    'inline:{{ lambdacron.task_name }} {{ lambdacron.result_type }}: {{ total }}',
  LAMBDACRON_TEMPLATE_TEXT: 'inline:Total {{ total }} & {{ note }}',
  LAMBDACRON_TEMPLATE_HTML: 'inline:<b>{{ note }}</b> {{ items | tojson }}',
};

function channel(
  env: Record<string, string> = ENV,
  level: 'debug' | 'info' = 'info',
) {
  const capture = captureLogger(level);
  const handler = createEmailChannel({
    env,
    ses: new SESv2Client({}),
    logger: capture.logger,
  });

  return { handler, ...capture };
}

function sentInputs() {
  return ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);
}

describe('createEmailChannel', () => {
  beforeEach(() => {
    ses.reset();
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
  });

  it('sends one SES email per result with subject, text and escaped HTML', async () => {
    const { handler } = channel();
    const record = rawRecord({ total: 7, note: '<i>hi</i>', items: [1] });

    const response = await handler(sqsEvent([record]));

    expect(response.batchItemFailures).toEqual([]);
    expect(sentInputs()[0]).toEqual({
      FromEmailAddress: 'cron@example.com',
      Destination: { ToAddresses: ['ops@example.com'] },
      Content: {
        Simple: {
          Subject: { Data: 'report daily-report: 7', Charset: 'UTF-8' },
          Body: {
            Text: { Data: 'Total 7 & <i>hi</i>', Charset: 'UTF-8' },
            Html: {
              Data: '<b>&lt;i&gt;hi&lt;/i&gt;</b> [1]',
              Charset: 'UTF-8',
            },
          },
        },
      },
    });
  });

  it('sets Reply-To and the configuration set when configured', async () => {
    const { handler } = channel({
      ...ENV,
      EMAIL_REPLY_TO: '["support@example.com"]',
      SES_CONFIGURATION_SET: 'reports-tracking',
    });

    await handler(sqsEvent([rawRecord({ total: 1, note: '', items: [] })]));

    expect(sentInputs()[0]).toMatchObject({
      ReplyToAddresses: ['support@example.com'],
      ConfigurationSetName: 'reports-tracking',
    });
  });

  it('collapses line breaks in the subject so a payload cannot add headers', async () => {
    const { handler } = channel({
      ...ENV,
      LAMBDACRON_TEMPLATE_SUBJECT: 'inline:Report {{ title }}',
    });
    const record = rawRecord({
      title: 'x\r\nBcc: victim@example.com',
      total: 1,
      note: '',
      items: [],
    });

    await handler(sqsEvent([record]));

    const subject = sentInputs()[0]?.Content?.Simple?.Subject?.Data;
    expect(subject).toBe('Report x Bcc: victim@example.com');
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['a throttled send', 'TooManyRequestsException', 429, false],
    ['a 5xx', 'InternalFailure', 500, false],
    ['a rejected message', 'MessageRejected', 400, true],
  ])(
    'reports %s as a failed record classified permanent=%s',
    async (_case, name, status, permanent) => {
      const { handler, lines } = channel();
      const event = sqsEvent([
        rawRecord(
          { total: 1, note: '', items: [] },
          { messageId: 'a', groupId: 'g1' },
        ),
        rawRecord(
          { total: 2, note: '', items: [] },
          { messageId: 'b', groupId: 'g2' },
        ),
      ]);
      ses
        .on(SendEmailCommand)
        .rejectsOnce(
          Object.assign(new Error('nope'), {
            name,
            $metadata: { httpStatusCode: status },
          }),
        )
        .resolves({});

      const response = await handler(event);

      expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'a' }]);
      const failure = lines.find((line) => line.message === 'record failed');
      expect(failure).toMatchObject({
        message_id: 'a',
        error_name: 'DeliveryError',
        error_permanent: permanent,
      });
    },
  );

  it('fails the record whose payload lacks a template variable', async () => {
    const { handler } = channel();
    const event = sqsEvent([
      rawRecord({ note: '', items: [] }, { messageId: 'no-total' }),
      rawRecord({ total: 1, note: '', items: [] }, { messageId: 'ok' }),
    ]);

    const response = await handler(event);

    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: 'no-total' },
    ]);
    expect(sentInputs()).toHaveLength(1);
  });

  it('fails the batch at setup when configuration is invalid', async () => {
    const { handler } = channel({ ...ENV, EMAIL_SENDER: '' });

    const invoke = handler(sqsEvent([rawRecord({})]));

    await expect(invoke).rejects.toThrow(ConfigurationError);
    expect(sentInputs()).toHaveLength(0);
  });

  it('never logs recipients or content in clear, even at debug', async () => {
    const { handler, raw } = channel(ENV, 'debug');

    await handler(
      sqsEvent([rawRecord({ total: 987654, note: 'confidential', items: [] })]),
    );

    const output = raw.join('\n');
    expect(output).toContain('message rendered');
    expect(output).not.toContain('ops@example.com');
    expect(output).not.toContain('987654');
    expect(output).not.toContain('confidential');
  });
});
