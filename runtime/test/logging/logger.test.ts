import { afterEach, describe, expect, it, vi } from 'vitest';

import { DeliveryError } from '../../src/errors.js';
import { JsonLogger } from '../../src/logging/logger.js';
import { captureLogger } from '../helpers/log-capture.js';

describe('JsonLogger', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes one JSON object per line with snake_case keys', () => {
    const { logger, raw, lines } = captureLogger('info');

    logger.child({ requestId: 'req-1' }).info('batch processed', {
      messageId: 'm-1',
      failedCount: 2,
    });

    expect(raw).toHaveLength(1);
    expect(raw[0]).not.toContain('\n');
    expect(lines[0]).toMatchObject({
      level: 'info',
      message: 'batch processed',
      request_id: 'req-1',
      message_id: 'm-1',
      failed_count: 2,
    });
    expect(typeof lines[0]?.timestamp).toBe('string');
  });

  it.each([
    ['debug', 4],
    ['info', 3],
    ['warn', 2],
    ['error', 1],
    ['INFO', 3],
  ])('writes only lines at or above LOG_LEVEL=%s', (level, expected) => {
    vi.stubEnv('LOG_LEVEL', level);
    const raw: string[] = [];
    const logger = new JsonLogger({ write: (line) => raw.push(line) });

    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');

    expect(raw).toHaveLength(expected);
  });

  it('warns once and uses info when LOG_LEVEL is not a level', () => {
    vi.stubEnv('LOG_LEVEL', 'verbose');
    const raw: string[] = [];

    const logger = new JsonLogger({ write: (line) => raw.push(line) });
    logger.debug('hidden');

    expect(raw).toHaveLength(1);
    expect(JSON.parse(raw[0] ?? '{}')).toMatchObject({
      level: 'warn',
      log_level: 'verbose',
    });
  });

  it('serializes an error with its name, message, class and context', () => {
    const { logger, lines } = captureLogger();

    logger.error('record failed', {
      error: new DeliveryError('SES throttled.', {
        context: { record_id: 'm-1' },
      }),
    });

    expect(lines[0]).toMatchObject({
      error_name: 'DeliveryError',
      error_message: 'SES throttled.',
      error_permanent: false,
      error_context: { record_id: 'm-1' },
    });
  });

  it("logs only the name of an error's cause, never its message", () => {
    const { logger, raw, lines } = captureLogger();
    const sdkError = Object.assign(
      new Error('The following identities failed: secret.person@example.com'),
      { name: 'MessageRejected' },
    );

    logger.error('record failed', {
      error: new DeliveryError('SES rejected the message.', {
        cause: sdkError,
      }),
    });

    expect(lines[0]).toMatchObject({ error_cause: 'MessageRejected' });
    expect(raw[0]).not.toContain('secret.person');
  });

  it('writes an ordinary field in clear, so the redaction checks can fail', () => {
    const { logger, raw } = captureLogger('debug');

    logger.debug('rendered', { note: 'sk_live_abcdef123456' });

    expect(raw[0]).toContain('sk_live_abcdef123456');
  });

  it.each([
    ['recipients', ['alice@example.com']],
    ['html_body', '<p>Your balance is 1,234.56</p>'],
    ['subject', 'Balance for alice'],
    ['api_token', 'sk_live_abcdef123456'],
  ])('redacts the sensitive field %s even at debug', (key, value) => {
    const { logger, raw } = captureLogger('debug');

    logger.debug('rendered', { [key]: value });

    const secret = Array.isArray(value) ? value[0] : value;
    expect(raw[0]).toContain(key);
    expect(raw[0]).not.toContain(String(secret));
  });
});
