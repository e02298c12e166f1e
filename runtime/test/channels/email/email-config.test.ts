import { describe, expect, it } from 'vitest';

import { parseEmailConfig } from '../../../src/channels/email/email-config.js';
import { ConfigurationError } from '../../../src/errors.js';

const VALID = {
  EMAIL_SENDER: 'LambdaCron <cron@example.com>',
  EMAIL_RECIPIENTS: '["ops@example.com","cfo@example.org"]',
  LAMBDACRON_TEMPLATE_SUBJECT: 'inline:Report {{ day }}',
  LAMBDACRON_TEMPLATE_HTML: 'inline:<p>{{ total }}</p>',
};

describe('parseEmailConfig', () => {
  it('reads sender, recipients and template sources', () => {
    const config = parseEmailConfig(VALID);

    expect(config).toEqual({
      sender: 'LambdaCron <cron@example.com>',
      recipients: ['ops@example.com', 'cfo@example.org'],
      subjectSource: 'inline:Report {{ day }}',
      htmlSource: 'inline:<p>{{ total }}</p>',
      textSource: undefined,
      replyTo: [],
      configurationSet: undefined,
    });
  });

  it('reads the optional Reply-To addresses and configuration set', () => {
    const config = parseEmailConfig({
      ...VALID,
      EMAIL_REPLY_TO: '["support@example.com"]',
      SES_CONFIGURATION_SET: 'reports-tracking',
    });

    expect(config.replyTo).toEqual(['support@example.com']);
    expect(config.configurationSet).toBe('reports-tracking');
  });

  it.each([
    ['EMAIL_SENDER unset', { EMAIL_SENDER: '' }, 'EMAIL_SENDER'],
    ['EMAIL_SENDER not an address', { EMAIL_SENDER: 'cron' }, 'EMAIL_SENDER'],
    ['EMAIL_RECIPIENTS unset', { EMAIL_RECIPIENTS: '' }, 'EMAIL_RECIPIENTS'],
    [
      'EMAIL_RECIPIENTS not JSON',
      { EMAIL_RECIPIENTS: 'a@b.c,d@e.f' },
      'EMAIL_RECIPIENTS',
    ],
    ['EMAIL_RECIPIENTS empty', { EMAIL_RECIPIENTS: '[]' }, 'EMAIL_RECIPIENTS'],
    [
      'EMAIL_RECIPIENTS with a non-address',
      { EMAIL_RECIPIENTS: '["secret-person"]' },
      'EMAIL_RECIPIENTS',
    ],
    [
      'EMAIL_RECIPIENTS over 50',
      {
        EMAIL_RECIPIENTS: JSON.stringify(
          Array.from({ length: 51 }, (_, i) => `u${i}@example.com`),
        ),
      },
      'EMAIL_RECIPIENTS',
    ],
    [
      'no subject template',
      { LAMBDACRON_TEMPLATE_SUBJECT: '' },
      'LAMBDACRON_TEMPLATE_SUBJECT',
    ],
    [
      'no body template',
      { LAMBDACRON_TEMPLATE_HTML: '' },
      'LAMBDACRON_TEMPLATE_HTML',
    ],
  ])(
    'rejects %s naming the variable, not its value',
    (_case, override, variable) => {
      const parse = () => parseEmailConfig({ ...VALID, ...override });

      expect(parse).toThrow(ConfigurationError);
      expect(parse).toThrow(variable);
      expect(parse).not.toThrow(/secret-person/);
    },
  );

  it('accepts a text body without an HTML body', () => {
    const config = parseEmailConfig({
      ...VALID,
      LAMBDACRON_TEMPLATE_HTML: '',
      LAMBDACRON_TEMPLATE_TEXT: 'inline:{{ total }}',
    });

    expect(config.htmlSource).toBeUndefined();
    expect(config.textSource).toBe('inline:{{ total }}');
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['an empty inline template', 'inline:'],
  ])('sends no text part when the text template is %s', (_case, source) => {
    const config = parseEmailConfig({
      ...VALID,
      LAMBDACRON_TEMPLATE_TEXT: source,
    });

    expect(config.textSource).toBeUndefined();
    expect(config.htmlSource).toBe('inline:<p>{{ total }}</p>');
  });
});
