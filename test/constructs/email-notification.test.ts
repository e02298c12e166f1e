import { describe, expect, it } from 'vitest';

import {
  EmailNotification,
  LambdaCronValidationError,
} from '../../src/index.js';
import type { EmailNotificationProps } from '../../src/index.js';
import {
  createRootStack,
  IMAGE_URI,
  resourceCount,
  resourcesOfType,
  TOPIC_ARN,
} from '../helpers/construct-stack.js';

const VALID: EmailNotificationProps = {
  snsTopicArn: TOPIC_ARN,
  resultTypes: ['daily-report'],
  emailSender: 'reports@example.com',
  emailRecipients: ['alice@example.com'],
  htmlTemplate: '<p>{{ total }}</p>',
  lambdaImageUri: IMAGE_URI,
};

describe('EmailNotification', () => {
  it('subscribes a FIFO queue filtered on the result types', () => {
    const stack = createRootStack();

    new EmailNotification(stack, 'email', { ...VALID, name: 'reports' });
    const [subscription] = resourcesOfType(stack, 'aws_sns_topic_subscription');
    const queues = resourcesOfType(stack, 'aws_sqs_queue');

    expect(subscription).toMatchObject({
      protocol: 'sqs',
      raw_message_delivery: true,
      filter_policy_scope: 'MessageAttributes',
      filter_policy: '${jsonencode({"result_type" = ["daily-report"]})}',
    });
    expect(queues.map((queue) => [queue.name, queue.fifo_queue])).toEqual([
      ['reports-dlq.fifo', true],
      ['reports.fifo', true],
    ]);
  });

  it('escapes Terraform template sequences in literal templates', () => {
    const stack = createRootStack();

    new EmailNotification(stack, 'email', {
      ...VALID,
      htmlTemplate: '<p>${{ price }} %{ raw }</p>',
    });
    const locals = JSON.parse(
      JSON.stringify(
        (stack.toTerraform() as { locals: Record<string, unknown> }).locals,
      ),
    ) as Record<string, unknown>;
    const htmlText = Object.entries(locals).find(([name]) =>
      name.includes('text_html'),
    )?.[1];

    // The text is held in a local the environment and the S3 object (for
    // long templates) both read; Terraform unescapes it once.
    expect(htmlText).toBe('<p>$${{ price }} %%{ raw }</p>');
  });

  it.each<[string, Partial<EmailNotificationProps>, string]>([
    [
      'a standard topic',
      { snsTopicArn: 'arn:aws:sns:us-west-2:123456789012:results' },
      'snsTopicArn must name a FIFO topic',
    ],
    [
      'no result types',
      { resultTypes: [] },
      'resultTypes must name at least one result type',
    ],
    [
      'a sender without a domain',
      { emailSender: 'reports' },
      'emailSender must be an email address',
    ],
    [
      'no recipients',
      { emailRecipients: [] },
      'emailRecipients must list 1 to 50 addresses',
    ],
    [
      '51 recipients',
      {
        emailRecipients: Array.from(
          { length: 51 },
          (_, i) => `u${i}@example.com`,
        ),
      },
      'got "51 addresses"',
    ],
    [
      'a malformed recipient',
      { emailRecipients: ['bob at example.com'] },
      'must contain only email addresses',
    ],
    [
      'a batch above 10',
      { batchSize: 11 },
      'batchSize must be a whole number from 1 to 10',
    ],
    [
      'a name too long for a Lambda function',
      { name: 'n'.repeat(65) },
      'name must be at most 64 characters',
    ],
  ])('rejects %s before creating resources', (_case, override, message) => {
    const stack = createRootStack();
    let error: unknown;

    try {
      new EmailNotification(stack, 'email', { ...VALID, ...override });
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(LambdaCronValidationError);
    expect((error as Error).message).toContain(message);
    expect(resourceCount(stack)).toBe(0);
  });

  it('keeps recipients out of its error messages', () => {
    const stack = createRootStack();
    let message = '';

    try {
      new EmailNotification(stack, 'email', {
        ...VALID,
        emailRecipients: ['secret-person at example.com'],
      });
    } catch (caught) {
      message = (caught as Error).message;
    }

    expect(message).toContain('1 malformed entries');
    expect(message).not.toContain('secret-person');
  });
});
