import type { ChannelMessage } from '../../batch/channel-message.js';
import { DeliveryError, TemplateRenderError } from '../../errors.js';
import type { LogFields, Logger } from '../../logging/logger.js';
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
import { parseSmsConfig, type SmsConfig } from './sms-config.js';
import { smsSegments, type SmsSegmentInfo } from './sms-segments.js';
import { TwilioClient } from './twilio-client.js';

/** Twilio refuses bodies over 1600 characters (error 21617). */
export const TWILIO_MAX_BODY_CHARACTERS = 1600;

/** Options of {@link createSmsChannel}. */
export interface SmsChannelOptions extends ChannelHandlerOptions {
  /** Secrets Manager / SSM clients for the auth token. Default: created on first use. */
  readonly secrets?: SecretReaderOptions;
  /** `fetch` for Twilio calls. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Timeout of one Twilio call. Default: 10 000 ms. */
  readonly twilioTimeoutMs?: number;
  /** Template loading options (timeouts, size cap, S3 client). */
  readonly templates?: TemplateLoaderOptions;
}

/** One rendered SMS. */
export interface RenderedSms extends SmsSegmentInfo {
  readonly text: string;
}

interface SmsSetup {
  readonly config: SmsConfig;
  readonly twilio: TwilioClient;
  readonly renderer: TemplateRenderer;
  readonly logger: Logger;
  /** `<idempotency key>\n<recipient index>` of sends that succeeded. */
  readonly sent: Set<string>;
}

/** Sends remembered per container, to skip on a retry of a partly sent message. */
const MAX_REMEMBERED_SENDS = 10_000;

async function render(
  message: ChannelMessage,
  { config, renderer }: SmsSetup,
): Promise<RenderedSms> {
  const rendered = await renderer.render(
    config.textSource,
    'text',
    templateVariables(message),
  );
  const text = rendered.trim();
  const context = {
    template_source: describeTemplateSource(config.textSource),
  };
  if (text === '') {
    throw new TemplateRenderError('Rendered SMS text is empty.', { context });
  }
  if (text.length > TWILIO_MAX_BODY_CHARACTERS) {
    throw new TemplateRenderError(
      `Rendered SMS text is longer than Twilio's ${TWILIO_MAX_BODY_CHARACTERS} characters.`,
      { context: { ...context, characters: text.length } },
    );
  }

  return { text, ...smsSegments(text) };
}

/**
 * Sends to every recipient not yet sent to. A recipient that fails does not
 * stop the others; the record then fails (transient if any failure was) and
 * its retry sends only to the recipients that did not get it.
 */
async function deliver(
  sms: RenderedSms,
  message: ChannelMessage,
  setup: SmsSetup,
): Promise<void> {
  const failures: { index: number; error: DeliveryError }[] = [];
  for (const [index, to] of setup.config.recipients.entries()) {
    const key = `${message.idempotencyKey}\n${index}`;
    if (setup.sent.has(key)) {
      continue;
    }
    try {
      await setup.twilio.send({
        to,
        sender: setup.config.sender,
        body: sms.text,
      });
      remember(setup.sent, key);
    } catch (error) {
      const failure =
        error instanceof DeliveryError
          ? error
          : new DeliveryError('SMS send failed.', { cause: error });
      failures.push({ index, error: failure });
      setup.logger.warn('sms to one recipient failed', {
        message_id: message.messageId,
        recipient_index: index,
        error_class: failure.permanent ? 'permanent' : 'transient',
        ...failure.context,
      });
    }
  }

  if (failures.length > 0) {
    const first = failures[0]!.error;
    throw new DeliveryError(
      `Twilio did not accept the SMS for ${failures.length} of ${setup.config.recipients.length} recipients.`,
      {
        cause: first,
        permanent: failures.every(({ error }) => error.permanent),
        context: {
          failed_recipients: failures.length,
          status: first.context.status,
          twilio_code: first.context.twilio_code,
        },
      },
    );
  }
}

function remember(sent: Set<string>, key: string): void {
  if (sent.size >= MAX_REMEMBERED_SENDS) {
    const oldest = sent.values().next().value;
    if (oldest !== undefined) sent.delete(oldest);
  }
  sent.add(key);
}

function describe(sms: RenderedSms, { config }: SmsSetup): LogFields {
  return {
    recipients: config.recipients,
    text_body: sms.text,
    encoding: sms.encoding,
    segments: sms.segments,
  };
}

/**
 * The SMS channel (contract §3): renders the text template with each
 * result's payload and sends it to every recipient through Twilio's
 * Messages API. The auth token is read from Secrets Manager or SSM once per
 * container, at setup; templates compile at setup too.
 *
 * @example
 * // handler.ts, bundled into the sms channel image
 * export const handler = createSmsChannel();
 */
export function createSmsChannel(
  options: SmsChannelOptions = {},
): ChannelHandler {
  return defineChannel<SmsSetup, RenderedSms>(
    {
      name: 'sms',
      async setup({ env, logger }) {
        const config = parseSmsConfig(env);
        const renderer = new TemplateRenderer(
          new TemplateLoader({ env, ...options.templates }),
        );
        await renderer.prepare(config.textSource, 'text');
        const authToken = await new SecretReader(options.secrets).read(
          config.authToken,
          'TWILIO_AUTH_TOKEN_SECRET_ARN',
        );
        const twilio = new TwilioClient({
          accountSid: config.accountSid,
          authToken: parseAuthToken(authToken),
          baseUrl: config.apiBaseUrl,
          timeoutMs: options.twilioTimeoutMs,
          fetch: options.fetch,
        });

        return { config, twilio, renderer, logger, sent: new Set() };
      },
      render,
      deliver,
      describe,
    },
    options,
  );
}

/** A secret holds the token itself, or JSON with an `auth_token` key. */
function parseAuthToken(secret: string): string {
  if (secret.trimStart().startsWith('{')) {
    try {
      const parsed = JSON.parse(secret) as { auth_token?: unknown };
      if (typeof parsed.auth_token === 'string') {
        return parsed.auth_token;
      }
    } catch {
      // Not JSON: the token itself.
    }
  }

  return secret.trim();
}
