import type { IncomingHttpHeaders } from 'node:http';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createWebhookChannel } from '../../../src/channels/webhook/webhook-channel.js';
import {
  BatchProcessingError,
  ConfigurationError,
} from '../../../src/errors.js';
import {
  startHttpServer,
  type LocalHttpServer,
} from '../../helpers/http-server.js';
import { captureLogger } from '../../helpers/log-capture.js';
import { rawRecord, sqsEvent } from '../../helpers/sqs-records.js';

const HEADERS_ARN =
  'arn:aws:secretsmanager:us-east-1:123456789012:secret:hook-headers-AbCdEf';
const BEARER = 'Bearer hook-secret-0123456789';

interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

describe('createWebhookChannel (against a local HTTP server)', () => {
  let server: LocalHttpServer;
  const received: Received[] = [];
  const statuses: number[] = [];

  beforeAll(async () => {
    server = await startHttpServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const status = statuses.shift() ?? 200;
        if (status === 0) return; // never answer: a timeout
        response.writeHead(status, { 'content-type': 'text/plain' });
        response.end(status === 200 ? 'ok' : 'invalid_payload');
      });
    });
  });

  afterAll(async () => {
    await server.stop();
  });

  beforeEach(() => {
    received.length = 0;
    statuses.length = 0;
  });

  function channel(extra: Record<string, string> = {}) {
    const capture = captureLogger('info');
    const secretCalls: unknown[] = [];
    const handler = createWebhookChannel({
      env: {
        WEBHOOK_URL: `${server.url}/services/T000/B000/XXXX`,
        LAMBDACRON_TEMPLATE_BODY:
          'inline:{"text": "{{ lambdacron.task_name }}: {{ summary }}"}',
        WEBHOOK_TIMEOUT_MS: '500',
        ...extra,
      },
      secrets: {
        secretsManager: {
          send: async (command) => {
            secretCalls.push(command);
            return { SecretString: JSON.stringify({ Authorization: BEARER }) };
          },
        },
      },
      logger: capture.logger,
    });

    return { handler, secretCalls, ...capture };
  }

  it('POSTs a Slack-style JSON body', async () => {
    const { handler } = channel();

    const response = await handler(
      sqsEvent([rawRecord({ summary: 'all green' })]),
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(received).toHaveLength(1);
    expect(received[0]!.path).toBe('/services/T000/B000/XXXX');
    expect(received[0]!.headers['content-type']).toBe(
      'application/json; charset=utf-8',
    );
    expect(JSON.parse(received[0]!.body)).toEqual({
      text: 'report: all green',
    });
  });

  it('escapes payload strings so they cannot add JSON keys', async () => {
    const { handler } = channel();
    const hostile = 'x", "channel": "#general\\';

    await handler(sqsEvent([rawRecord({ summary: hostile })]));

    const body = JSON.parse(received[0]!.body) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text).toBe(`report: ${hostile}`);
  });

  it('shows, as a control, that a text body passes the payload through unescaped', async () => {
    const { handler } = channel({ WEBHOOK_FORMAT: 'text' });

    await handler(
      sqsEvent([rawRecord({ summary: 'x", "channel": "#general' })]),
    );

    expect(received[0]!.headers['content-type']).toBe(
      'text/plain; charset=utf-8',
    );
    expect(JSON.parse(received[0]!.body)).toHaveProperty('channel', '#general');
  });

  it('adds the headers from the secret, read once per container', async () => {
    const { handler, secretCalls } = channel({
      WEBHOOK_HEADERS_SECRET_ARN: HEADERS_ARN,
    });

    await handler(sqsEvent([rawRecord({ summary: 'a' })]));
    await handler(sqsEvent([rawRecord({ summary: 'b' })]));

    expect(received.map((request) => request.headers.authorization)).toEqual([
      BEARER,
      BEARER,
    ]);
    expect(secretCalls).toHaveLength(1);
  });

  it.each([
    [400, 'permanent'],
    [403, 'permanent'],
    [404, 'permanent'],
    [410, 'permanent'],
    [302, 'permanent'],
    [429, 'transient'],
    [500, 'transient'],
    [503, 'transient'],
    [0, 'transient'],
  ])('reports status %i as %s', async (status, errorClass) => {
    const { handler, lines } = channel();
    statuses.push(status);
    const record = rawRecord({ summary: 'a' });

    const response = await handler(
      sqsEvent([record, rawRecord({ summary: 'b' })]),
    );

    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: record.messageId },
    ]);
    expect(
      lines.find((line) => line.message === 'record failed'),
    ).toMatchObject({
      error_class: errorClass,
    });
  });

  it('fails a body that does not render to JSON as permanent', async () => {
    const { handler, lines } = channel({
      LAMBDACRON_TEMPLATE_BODY: 'inline:{"text": {{ summary }}}',
    });

    await expect(
      handler(sqsEvent([rawRecord({ summary: 'a b' })])),
    ).rejects.toThrow(BatchProcessingError);
    expect(received).toHaveLength(0);
    expect(
      lines.find((line) => line.message === 'record failed'),
    ).toMatchObject({
      error_class: 'permanent',
      error_name: 'TemplateRenderError',
    });
  });

  it('keeps the URL, header values and body out of info logs', async () => {
    const { handler, raw } = channel({
      WEBHOOK_HEADERS_SECRET_ARN: HEADERS_ARN,
    });
    statuses.push(400);

    await handler(sqsEvent([rawRecord({ summary: 'confidential-42' })])).catch(
      () => {},
    );

    const logs = raw.join('\n');
    for (const secret of ['XXXX', BEARER, 'confidential-42']) {
      expect(logs).not.toContain(secret);
    }
    expect(logs).toContain('"status":400');
  });

  it.each([
    [{ WEBHOOK_URL: 'http://example.com/hook' }, 'WEBHOOK_URL'],
    [{ WEBHOOK_FORMAT: 'xml' }, 'WEBHOOK_FORMAT'],
  ])('refuses %j in setup', async (extra, variable) => {
    const { handler } = channel(extra);

    const failure = await handler(sqsEvent([rawRecord({})])).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(ConfigurationError);
    expect((failure as ConfigurationError).context.variable).toBe(variable);
  });
});
