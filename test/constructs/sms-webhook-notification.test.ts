import { describe, expect, it } from 'vitest';

import {
  LambdaCronValidationError,
  SmsNotification,
  WebhookNotification,
} from '../../src/index.js';
import type {
  SmsNotificationProps,
  WebhookNotificationProps,
} from '../../src/index.js';
import {
  createRootStack,
  IMAGE_URI,
  resourcesOfType,
  TOPIC_ARN,
} from '../helpers/construct-stack.js';

const SMS: SmsNotificationProps = {
  snsTopicArn: TOPIC_ARN,
  resultTypes: ['error'],
  twilioAccountSid: `AC${'0'.repeat(32)}`,
  twilioAuthTokenSecretArn:
    'arn:aws:secretsmanager:us-west-2:123456789012:secret:twilio-AbCdEf',
  smsSender: '+15005550006',
  smsRecipients: ['+15005550001'],
  textTemplate: '{{ error_message }}',
  lambdaImageUri: IMAGE_URI,
};

const WEBHOOK: WebhookNotificationProps = {
  snsTopicArn: TOPIC_ARN,
  resultTypes: ['*'],
  webhookUrl: 'https://hooks.slack.com/services/T000/B000/XXXX',
  bodyTemplate: '{"text": "{{ summary }}"}',
  lambdaImageUri: IMAGE_URI,
};

function failure(build: () => void): LambdaCronValidationError {
  try {
    build();
  } catch (error) {
    if (error instanceof LambdaCronValidationError) return error;
    throw error;
  }
  throw new Error('expected a LambdaCronValidationError');
}

describe('SmsNotification', () => {
  it('gives the handler the Twilio settings but not the token', () => {
    const stack = createRootStack();

    new SmsNotification(stack, 'sms', { ...SMS, name: 'oncall' });
    const [fn] = resourcesOfType(stack, 'aws_lambda_function');

    expect(fn).toMatchObject({
      function_name: 'oncall',
      package_type: 'Image',
    });
  });

  it.each<[string, Partial<SmsNotificationProps>, string]>([
    [
      'a recipient not in E.164',
      { smsRecipients: ['07700 900123'] },
      'smsRecipients',
    ],
    ['no recipients', { smsRecipients: [] }, 'smsRecipients'],
    [
      'the token in place of its ARN',
      { twilioAuthTokenSecretArn: 'f'.repeat(32) },
      'twilioAuthTokenSecretArn',
    ],
    ['a sender name', { smsSender: 'LambdaCron' }, 'smsSender'],
    ['a bad account SID', { twilioAccountSid: 'SK123' }, 'twilioAccountSid'],
    ['no result types', { resultTypes: [] }, 'resultTypes'],
    [
      'a wildcard mixed with types',
      { resultTypes: ['*', 'error'] },
      'resultTypes',
    ],
    [
      'a maximum concurrency of 1',
      { maximumConcurrency: 1 },
      'maximumConcurrency',
    ],
  ])('refuses %s, naming the prop', (_case, override, prop) => {
    const stack = createRootStack();

    const error = failure(
      () => new SmsNotification(stack, 'sms', { ...SMS, ...override }),
    );

    expect(error.message).toMatch(new RegExp(`^${prop} `));
  });

  it('never echoes the secret value it refused', () => {
    const token = 'super-secret-token-value-0123456789';

    const error = failure(
      () =>
        new SmsNotification(createRootStack(), 'sms', {
          ...SMS,
          twilioAuthTokenSecretArn: token,
        }),
    );

    expect(error.message).not.toContain(token);
  });
});

describe('WebhookNotification', () => {
  it('subscribes without a filter policy for ["*"]', () => {
    const stack = createRootStack();

    new WebhookNotification(stack, 'hook', WEBHOOK);
    const [subscription] = resourcesOfType(stack, 'aws_sns_topic_subscription');

    expect(subscription).not.toHaveProperty('filter_policy');
  });

  it('refuses a plain http URL without echoing it', () => {
    const url = 'http://hooks.example.com/services/SECRET';

    const error = failure(
      () =>
        new WebhookNotification(createRootStack(), 'hook', {
          ...WEBHOOK,
          webhookUrl: url,
        }),
    );

    expect(error.message).toMatch(/^webhookUrl must be an https:\/\/ URL/);
    expect(error.message).not.toContain('SECRET');
  });

  it('refuses an unknown format', () => {
    const error = failure(
      () =>
        new WebhookNotification(createRootStack(), 'hook', {
          ...WEBHOOK,
          webhookFormat: 'xml',
        }),
    );

    expect(error.message).toMatch(/^webhookFormat /);
  });
});
