import { ConfigurationError } from '../../errors.js';
import { requiredVariable } from '../environment.js';
import {
  secretLocation,
  type SecretLocation,
} from '../../secrets/secret-reader.js';

/** How the rendered body is sent. */
export const WebhookFormat = { json: 'json', text: 'text' } as const;

/** `'json'` or `'text'`. */
export type WebhookFormat = (typeof WebhookFormat)[keyof typeof WebhookFormat];

/** Default timeout of one POST: 10 seconds. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/** The webhook channel's configuration (contract §3). */
export interface WebhookConfig {
  readonly url: string;
  readonly format: WebhookFormat;
  readonly bodySource: string;
  readonly headersSecret?: SecretLocation;
  readonly timeoutMs: number;
}

/**
 * Reads the webhook channel's environment: `WEBHOOK_URL` (https, or http
 * for loopback hosts), `WEBHOOK_FORMAT` (`json`, the default, or `text`),
 * `LAMBDACRON_TEMPLATE_BODY`, the optional `WEBHOOK_HEADERS_SECRET_ARN` and
 * `WEBHOOK_TIMEOUT_MS`.
 *
 * @throws ConfigurationError naming the variable (never its value: a Slack
 *   webhook URL is itself a credential).
 */
export function parseWebhookConfig(env: NodeJS.ProcessEnv): WebhookConfig {
  const url = requiredVariable(env, 'WEBHOOK_URL');
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (
    parsed === undefined ||
    !(parsed.protocol === 'https:' || LOOPBACK_HTTP.test(url))
  ) {
    throw new ConfigurationError(
      'WEBHOOK_URL must be an https:// URL (http:// only for loopback hosts).',
      { context: { variable: 'WEBHOOK_URL' } },
    );
  }

  const format = (env.WEBHOOK_FORMAT || WebhookFormat.json) as WebhookFormat;
  if (!Object.values(WebhookFormat).includes(format)) {
    throw new ConfigurationError('WEBHOOK_FORMAT must be json or text.', {
      context: { variable: 'WEBHOOK_FORMAT' },
    });
  }

  const timeoutMs = Number(
    env.WEBHOOK_TIMEOUT_MS || DEFAULT_WEBHOOK_TIMEOUT_MS,
  );
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 900_000) {
    throw new ConfigurationError(
      'WEBHOOK_TIMEOUT_MS must be a whole number of milliseconds from 1 to 900000.',
      { context: { variable: 'WEBHOOK_TIMEOUT_MS' } },
    );
  }

  const headersArn = env.WEBHOOK_HEADERS_SECRET_ARN || undefined;

  return {
    url,
    format,
    bodySource: requiredVariable(env, 'LAMBDACRON_TEMPLATE_BODY'),
    headersSecret:
      headersArn === undefined
        ? undefined
        : secretLocation(headersArn, 'WEBHOOK_HEADERS_SECRET_ARN'),
    timeoutMs,
  };
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the channel sets itself, which a secret may not replace. */
const RESERVED_HEADERS = new Set([
  'content-length',
  'host',
  'transfer-encoding',
]);

/**
 * Parses the headers secret: a JSON object of header names to string values
 * (e.g. `{"Authorization": "Bearer …"}`).
 *
 * @throws ConfigurationError naming the variable, never a header's value.
 */
export function parseWebhookHeaders(secret: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secret);
  } catch (error) {
    throw new ConfigurationError(
      'The WEBHOOK_HEADERS_SECRET_ARN secret must be a JSON object of header names to values.',
      { cause: error, context: { variable: 'WEBHOOK_HEADERS_SECRET_ARN' } },
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError(
      'The WEBHOOK_HEADERS_SECRET_ARN secret must be a JSON object of header names to values.',
      { context: { variable: 'WEBHOOK_HEADERS_SECRET_ARN' } },
    );
  }

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (
      !HEADER_NAME.test(name) ||
      RESERVED_HEADERS.has(name.toLowerCase()) ||
      typeof value !== 'string' ||
      /[\r\n]/.test(value)
    ) {
      throw new ConfigurationError(
        'The WEBHOOK_HEADERS_SECRET_ARN secret holds a header that is not allowed (bad name, reserved header, or a value that is not a one-line string).',
        {
          context: {
            variable: 'WEBHOOK_HEADERS_SECRET_ARN',
            header: name.slice(0, 64),
          },
        },
      );
    }
    headers[name] = value;
  }

  return headers;
}
