import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

import type { ChannelMessage } from '../../batch/channel-message.js';
import { TemplateRenderError } from '../../errors.js';
import type { LogFields } from '../../logging/logger.js';
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
import { parseEmailConfig, type EmailConfig } from './email-config.js';
import { classifySesError } from './ses-errors.js';

/** Longest an SES call may take before it fails as transient: 10 seconds. */
export const SES_REQUEST_TIMEOUT_MS = 10_000;

/** The part of an SES v2 client the channel uses. */
export type SesSender = Pick<SESv2Client, 'send'>;

/** Options of {@link createEmailChannel}. */
export interface EmailChannelOptions extends ChannelHandlerOptions {
  /** SES v2 client. Default: one client per container, created at setup. */
  readonly ses?: SesSender;
  /** Endpoint of the default client (e.g. an emulator). Default: SDK default. */
  readonly sesEndpoint?: string;
  /** Template loading options (timeouts, size cap, S3 client). */
  readonly templates?: TemplateLoaderOptions;
}

/** One rendered email. */
export interface RenderedEmail {
  readonly subject: string;
  readonly text?: string;
  readonly html?: string;
}

interface EmailSetup {
  readonly config: EmailConfig;
  readonly ses: SesSender;
  readonly renderer: TemplateRenderer;
}

/**
 * A subject is a mail header: a line break in it would start a new header.
 * Line breaks from the template or the payload collapse to one space.
 */
function toSubjectLine(rendered: string, source: string): string {
  const subject = rendered.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (subject === '') {
    throw new TemplateRenderError('Rendered email subject is empty.', {
      context: { template_source: describeTemplateSource(source) },
    });
  }

  return subject;
}

async function render(
  message: ChannelMessage,
  { config, renderer }: EmailSetup,
): Promise<RenderedEmail> {
  const variables = templateVariables(message);
  const subject = await renderer.render(
    config.subjectSource,
    'text',
    variables,
  );

  return {
    subject: toSubjectLine(subject, config.subjectSource),
    text: config.textSource
      ? await renderer.render(config.textSource, 'text', variables)
      : undefined,
    html: config.htmlSource
      ? await renderer.render(config.htmlSource, 'html', variables)
      : undefined,
  };
}

async function deliver(
  email: RenderedEmail,
  _message: ChannelMessage,
  { config, ses }: EmailSetup,
): Promise<void> {
  const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
  try {
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: config.sender,
        Destination: { ToAddresses: [...config.recipients] },
        ...(config.replyTo.length > 0
          ? { ReplyToAddresses: [...config.replyTo] }
          : {}),
        ...(config.configurationSet
          ? { ConfigurationSetName: config.configurationSet }
          : {}),
        Content: {
          Simple: {
            Subject: utf8(email.subject),
            Body: {
              ...(email.text === undefined ? {} : { Text: utf8(email.text) }),
              ...(email.html === undefined ? {} : { Html: utf8(email.html) }),
            },
          },
        },
      }),
    );
  } catch (error) {
    throw classifySesError(error);
  }
}

function describe(email: RenderedEmail, { config }: EmailSetup): LogFields {
  return {
    recipients: config.recipients,
    subject: email.subject,
    text_body: email.text,
    html_body: email.html,
  };
}

/**
 * The email channel (contract §3): renders subject, text and HTML templates
 * with each result's payload and sends them with SES v2 `SendEmail`.
 * Configuration and templates are read and compiled once per container.
 *
 * @example
 * // handler.ts, bundled into the email channel image
 * export const handler = createEmailChannel();
 */
export function createEmailChannel(
  options: EmailChannelOptions = {},
): ChannelHandler {
  return defineChannel<EmailSetup, RenderedEmail>(
    {
      name: 'email',
      async setup({ env }) {
        const config = parseEmailConfig(env);
        const renderer = new TemplateRenderer(
          new TemplateLoader({ env, ...options.templates }),
        );
        await renderer.prepare(config.subjectSource, 'text');
        if (config.textSource)
          await renderer.prepare(config.textSource, 'text');
        if (config.htmlSource)
          await renderer.prepare(config.htmlSource, 'html');
        const ses =
          options.ses ??
          new SESv2Client({
            ...(options.sesEndpoint === undefined
              ? {}
              : { endpoint: options.sesEndpoint }),
            // Without throwOnRequestTimeout the SDK only warns on a timeout.
            requestHandler: {
              requestTimeout: SES_REQUEST_TIMEOUT_MS,
              throwOnRequestTimeout: true,
            },
          });

        return { config, ses, renderer };
      },
      render,
      deliver,
      describe,
    },
    options,
  );
}
