import { describe, expect, it, vi } from 'vitest';

import type { ChannelMessage } from '../../src/batch/channel-message.js';
import { DeliveredCache } from '../../src/batch/delivered-cache.js';
import { defineChannel } from '../../src/channels/define-channel.js';
import {
  BatchProcessingError,
  ConfigurationError,
  TemplateRenderError,
} from '../../src/errors.js';
import { captureLogger } from '../helpers/log-capture.js';
import { rawRecord, sqsEvent } from '../helpers/sqs-records.js';

function recordingChannel(options: { failRender?: string } = {}) {
  const delivered: ChannelMessage[] = [];
  const setup = vi.fn(() => ({ prefix: '>' }));
  const { logger, lines, raw } = captureLogger('debug');
  const handler = defineChannel(
    {
      name: 'test',
      setup,
      render: (message, config) => {
        if (message.messageId === options.failRender) {
          throw new TemplateRenderError('bad template');
        }

        return `${config.prefix} ${String(message.payload.text)}`;
      },
      deliver: async (_rendered, message) => {
        delivered.push(message);
      },
      describe: (rendered) => ({ text_body: rendered }),
    },
    { logger, deliveredCache: new DeliveredCache() },
  );

  return { handler, delivered, setup, lines, raw };
}

describe('defineChannel', () => {
  it('renders and delivers every record and reports no failures', async () => {
    const { handler, delivered } = recordingChannel();
    const event = sqsEvent([
      rawRecord({ text: 'a' }),
      rawRecord({ text: 'b' }),
    ]);

    const response = await handler(event);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(delivered.map((m) => m.payload.text)).toEqual(['a', 'b']);
  });

  it('runs setup once per container', async () => {
    const { handler, setup } = recordingChannel();

    await handler(sqsEvent([rawRecord({ text: 'a' })]));
    await handler(sqsEvent([rawRecord({ text: 'b' })]));

    expect(setup).toHaveBeenCalledTimes(1);
  });

  it('reports a malformed record and a template error as failures', async () => {
    const { handler, delivered } = recordingChannel({ failRender: 'bad-tpl' });
    const event = sqsEvent([
      rawRecord({}, { messageId: 'bad-json', body: '{' }),
      rawRecord({ text: 'x' }, { messageId: 'bad-tpl' }),
      rawRecord({ text: 'ok' }, { messageId: 'ok' }),
    ]);

    const response = await handler(event);

    expect(response.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([
      'bad-json',
      'bad-tpl',
    ]);
    expect(delivered.map((m) => m.messageId)).toEqual(['ok']);
  });

  it('delivers a redelivered result once per warm container', async () => {
    const { handler, delivered } = recordingChannel();
    const record = rawRecord({ text: 'a' }, { deduplicationId: 'd-1' });

    await handler(sqsEvent([record]));
    const response = await handler(
      sqsEvent([{ ...record, messageId: 'again' }]),
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(delivered).toHaveLength(1);
  });

  it('throws when every record failed', async () => {
    const { handler } = recordingChannel();

    const invoke = handler(sqsEvent([rawRecord({}, { body: 'nope' })]));

    await expect(invoke).rejects.toThrow(BatchProcessingError);
  });

  it('fails the batch and retries setup on the next invocation when setup throws', async () => {
    let attempts = 0;
    const { logger } = captureLogger();
    const handler = defineChannel(
      {
        name: 'flaky',
        setup: () => {
          attempts += 1;
          if (attempts === 1)
            throw new ConfigurationError('EMAIL_SENDER unset');
          return {};
        },
        render: () => 'x',
        deliver: async () => undefined,
      },
      { logger },
    );

    const first = handler(sqsEvent([rawRecord({})]));
    await expect(first).rejects.toThrow(ConfigurationError);
    const second = await handler(sqsEvent([rawRecord({})]));

    expect(second.batchItemFailures).toEqual([]);
    expect(attempts).toBe(2);
  });

  it('logs the rendered content only at debug and redacted', async () => {
    const { handler, raw, lines } = recordingChannel();

    await handler(sqsEvent([rawRecord({ text: 'secret balance 4711' })]));

    const rendered = lines.find((line) => line.message === 'message rendered');
    expect(rendered?.level).toBe('debug');
    expect(rendered).toHaveProperty('text_body');
    expect(raw.join('\n')).not.toContain('4711');
  });
});
