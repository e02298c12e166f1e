import type { ChannelMessage } from '../../batch/channel-message.js';
import { DeliveryError, TemplateRenderError } from '../../errors.js';
import type { LogFields } from '../../logging/logger.js';
import {
  SecretReader,
  type SecretReaderOptions,
} from '../../secrets/secret-reader.js';
import {
  TemplateLoader,
  type TemplateLoaderOptions,
} from '../../templates/template-loader.js';
import { TemplateRenderer } from '../../templates/template-renderer.js';
import { describeTemplateSource } from '../../templates/template-source.js';
import { templateVariables } from '../../templates/template-variables.js';
import {
  defineChannel,
  type ChannelHandler,
  type ChannelHandlerOptions,
} from '../define-channel.js';
import { jsonEscapedVariables } from './json-escape.js';
import {
  parseWebhookConfig,
  parseWebhookHeaders,
  WebhookFormat,
  type WebhookConfig,
} from './webhook-config.js';

/** Options of {@link createWebhookChannel}. */
export interface WebhookChannelOptions extends ChannelHandlerOptions {
  /** Secrets Manager / SSM clients for the headers secret. Default: created on first use. */
  readonly secrets?: SecretReaderOptions;
  /** `fetch` for the POST. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Template loading options (timeouts, size cap, S3 client). */
  readonly templates?: TemplateLoaderOptions;
}

/** One rendered webhook request body. */
export interface RenderedWebhook {
  readonly body: string;
  readonly contentType: string;
}

interface WebhookSetup {
  readonly config: WebhookConfig;
  readonly headers: Record<string, string>;
  readonly renderer: TemplateRenderer;
  readonly fetch: typeof fetch;
}

const CONTENT_TYPES = {
  [WebhookFormat.json]: 'application/json; charset=utf-8',
  [WebhookFormat.text]: 'text/plain; charset=utf-8',
} as const;

async function render(
  message: ChannelMessage,
  { config, renderer }: WebhookSetup,
): Promise<RenderedWebhook> {
  const variables = templateVariables(message);
  const json = config.format === WebhookFormat.json;
  const body = await renderer.render(
    config.bodySource,
    'text',
    json ? jsonEscapedVariables(variables) : variables,
  );
  if (json) {
    try {
      JSON.parse(body);
    } catch {
      throw new TemplateRenderError('Rendered webhook body is not JSON.', {
        context: { template_source: describeTemplateSource(config.bodySource) },
      });
    }
  }

  return { body, contentType: CONTENT_TYPES[config.format] };
}

/**
 * POSTs the body. 2xx is delivered; 429, 408, 5xx, network errors and
 * timeouts are transient; a redirect and other 4xx are permanent (Slack
 * answers 400/403/404/410 for a bad payload or a removed channel).
 */
async function deliver(
  webhook: RenderedWebhook,
  _message: ChannelMessage,
  { config, headers, fetch: fetchImpl }: WebhookSetup,
): Promise<void> {
  let response: Response;
  try {
    response = await fetchImpl(config.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': webhook.contentType },
      body: webhook.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    throw new DeliveryError('The webhook could not be reached.', {
      cause: error,
      permanent: false,
      context: { timeout_ms: config.timeoutMs },
    });
  }
  await response.body?.cancel();

  const status = response.status;
  if (status >= 200 && status < 300) {
    return;
  }
  throw new DeliveryError('The webhook answered with an error status.', {
    permanent: !(status === 429 || status === 408 || status >= 500),
    context: { status },
  });
}

function describe(webhook: RenderedWebhook): LogFields {
  return { body: webhook.body, content_type: webhook.contentType };
}

/**
 * The webhook channel (contract §3): renders the body template with each
 * result's payload and POSTs it to `WEBHOOK_URL`, as JSON (validated, with
 * payload strings escaped for JSON) or as text. Works with Slack incoming
 * webhooks: `{"text": "{{ summary }}"}`. Headers (an `Authorization`, say)
 * come from a Secrets Manager secret or SSM parameter, read once per
 * container.
 *
 * @example
 * // handler.ts, bundled into the webhook channel image
 * export const handler = createWebhookChannel();
 */
export function createWebhookChannel(
  options: WebhookChannelOptions = {},
): ChannelHandler {
  return defineChannel<WebhookSetup, RenderedWebhook>(
    {
      name: 'webhook',
      async setup({ env }) {
        const config = parseWebhookConfig(env);
        const renderer = new TemplateRenderer(
          new TemplateLoader({ env, ...options.templates }),
        );
        await renderer.prepare(config.bodySource, 'text');
        const headers =
          config.headersSecret === undefined
            ? {}
            : parseWebhookHeaders(
                await new SecretReader(options.secrets).read(
                  config.headersSecret,
                  'WEBHOOK_HEADERS_SECRET_ARN',
                ),
              );

        return {
          config,
          headers,
          renderer,
          fetch: options.fetch ?? fetch,
        };
      },
      render,
      deliver,
      describe,
    },
    options,
  );
}
