import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { SQSEvent } from 'aws-lambda';

import { createEmailChannel } from '../../runtime/src/channels/email/email-channel.js';
import { createSmsChannel } from '../../runtime/src/channels/sms/sms-channel.js';
import {
  smsSegments,
  type SmsSegmentInfo,
} from '../../runtime/src/channels/sms/sms-segments.js';
import { createWebhookChannel } from '../../runtime/src/channels/webhook/webhook-channel.js';
import type { ChannelHandler } from '../../runtime/src/channels/define-channel.js';
import type { LogFields, Logger } from '../../runtime/src/logging/logger.js';

/** The channels a preview can render. */
export const PREVIEW_CHANNELS = ['email', 'sms', 'webhook'] as const;

/** One of {@link PREVIEW_CHANNELS}. */
export type PreviewChannel = (typeof PREVIEW_CHANNELS)[number];

/** What `lambdacron render` produced: file name → content. */
export interface RenderedPreview {
  readonly files: Record<string, string>;
  /** Set for SMS. */
  readonly segments?: SmsSegmentInfo;
}

/** A template the deploy would reject, with the runtime's own error. */
export class PreviewError extends Error {
  override readonly name = 'PreviewError';
}

/** Template file names per channel and variable, first match wins. */
const TEMPLATE_FILES: Record<PreviewChannel, Record<string, string[]>> = {
  email: {
    LAMBDACRON_TEMPLATE_SUBJECT: ['subject.txt'],
    LAMBDACRON_TEMPLATE_TEXT: ['email.txt', 'text.txt'],
    LAMBDACRON_TEMPLATE_HTML: ['email.html', 'html.html', 'template.html'],
  },
  sms: { LAMBDACRON_TEMPLATE_TEXT: ['sms.txt', 'text.txt', 'template.txt'] },
  webhook: {
    LAMBDACRON_TEMPLATE_BODY: [
      'webhook.json',
      'body.json',
      'webhook.txt',
      'body.txt',
    ],
  },
};

const DEFAULT_SUBJECT =
  'inline:LambdaCron: {{ lambdacron.result_type }} from {{ lambdacron.task_name }}';
const PREVIEW_SECRET_ARN =
  'arn:aws:secretsmanager:us-east-1:000000000000:secret:preview';

/** The template files of `channel` found in `dir`, as `file:` sources. */
export function findTemplates(
  channel: PreviewChannel,
  dir: string,
): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const [variable, names] of Object.entries(TEMPLATE_FILES[channel])) {
    const found = names.find((name) => existsSync(join(dir, name)));
    if (found !== undefined) {
      sources[variable] = `file:${resolve(dir, found)}`;
    }
  }
  if (
    channel === 'email' &&
    sources.LAMBDACRON_TEMPLATE_SUBJECT === undefined
  ) {
    sources.LAMBDACRON_TEMPLATE_SUBJECT = DEFAULT_SUBJECT;
  }

  const required =
    channel === 'email'
      ? (sources.LAMBDACRON_TEMPLATE_HTML ?? sources.LAMBDACRON_TEMPLATE_TEXT)
      : Object.values(sources)[0];
  if (required === undefined) {
    const expected = Object.values(TEMPLATE_FILES[channel]).flat().join(', ');
    throw new PreviewError(
      `No ${channel} template in ${dir}: expected one of ${expected}.`,
    );
  }

  return sources;
}

/** Keeps the error of the first failed record (the runtime logs it). */
class CapturingLogger implements Logger {
  public failure: unknown;

  debug(): void {}
  info(): void {}
  warn(): void {}
  error(message: string, fields?: LogFields): void {
    if (message === 'record failed' && this.failure === undefined) {
      this.failure = fields?.error;
    }
  }
  child(): Logger {
    return this;
  }
  isDebugEnabled(): boolean {
    return false;
  }
}

function previewEvent(
  payload: Record<string, unknown>,
  attributes: { resultType: string; taskName: string; scheduledTime: string },
): SQSEvent {
  const attribute = (value: string) => ({
    dataType: 'String',
    stringValue: value,
    stringListValues: [],
    binaryListValues: [],
  });

  return {
    Records: [
      {
        messageId: 'preview-message',
        receiptHandle: 'preview',
        body: JSON.stringify(payload),
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: '0',
          SenderId: 'preview',
          ApproximateFirstReceiveTimestamp: '0',
        },
        messageAttributes: {
          result_type: attribute(attributes.resultType),
          task_name: attribute(attributes.taskName),
          scheduled_time: attribute(attributes.scheduledTime),
        },
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:preview.fifo',
        awsRegion: 'us-east-1',
      },
    ],
  };
}

/** Options of {@link renderPreview}. */
export interface RenderPreviewOptions {
  readonly channel: PreviewChannel;
  readonly templatesDir: string;
  readonly payload: Record<string, unknown>;
  readonly resultType: string;
  readonly taskName: string;
  readonly scheduledTime: string;
}

/**
 * Renders `payload` with the templates in `templatesDir` by running the
 * channel's real handler with its delivery captured instead of sent, so the
 * preview fails exactly where a deployed handler would (compile errors at
 * setup, undefined variables, a non-JSON webhook body, an empty subject).
 *
 * @throws the runtime's error (a TemplateRenderError, …) or PreviewError.
 */
export async function renderPreview(
  options: RenderPreviewOptions,
): Promise<RenderedPreview> {
  const templates = findTemplates(options.channel, options.templatesDir);
  const logger = new CapturingLogger();
  const files: Record<string, string> = {};
  let segments: SmsSegmentInfo | undefined;
  const handlerOptions = { logger, deliveredCache: false as const };

  let handler: ChannelHandler;
  switch (options.channel) {
    case 'email':
      handler = createEmailChannel({
        ...handlerOptions,
        env: {
          ...templates,
          EMAIL_SENDER: 'preview@example.com',
          EMAIL_RECIPIENTS: '["preview@example.com"]',
        },
        ses: {
          send: async (command: unknown) => {
            const content = (
              command as {
                input: {
                  Content: {
                    Simple: {
                      Subject: { Data: string };
                      Body: {
                        Text?: { Data: string };
                        Html?: { Data: string };
                      };
                    };
                  };
                };
              }
            ).input.Content.Simple;
            files['subject.txt'] = `${content.Subject.Data}\n`;
            if (content.Body.Text) files['text.txt'] = content.Body.Text.Data;
            if (content.Body.Html) files['email.html'] = content.Body.Html.Data;
            return {};
          },
        } as never,
      });
      break;
    case 'sms':
      handler = createSmsChannel({
        ...handlerOptions,
        env: {
          ...templates,
          TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
          TWILIO_AUTH_TOKEN_SECRET_ARN: PREVIEW_SECRET_ARN,
          SMS_SENDER: '+15005550006',
          SMS_RECIPIENTS: '["+15005550001"]',
        },
        secrets: {
          secretsManager: { send: async () => ({ SecretString: 'preview' }) },
        },
        fetch: async (_url, init) => {
          const text =
            new URLSearchParams(String(init?.body)).get('Body') ?? '';
          files['text.txt'] = text;
          segments = smsSegments(text);
          return new Response('{"sid":"SMpreview"}', { status: 201 });
        },
      });
      break;
    case 'webhook': {
      const json = templates.LAMBDACRON_TEMPLATE_BODY!.endsWith('.json');
      handler = createWebhookChannel({
        ...handlerOptions,
        env: {
          ...templates,
          WEBHOOK_URL: 'https://preview.invalid/webhook',
          WEBHOOK_FORMAT: json ? 'json' : 'text',
        },
        fetch: async (_url, init) => {
          files[json ? 'body.json' : 'body.txt'] = String(init?.body);
          return new Response('ok', { status: 200 });
        },
      });
      break;
    }
  }

  try {
    await handler(previewEvent(options.payload, options));
  } catch (error) {
    throw logger.failure ?? error;
  }

  return { files, segments };
}
