import { Construct } from 'constructs';

import { Fn, Op, Token } from '../internal/cdktf.js';
import { checkPattern, checkRange } from '../internal/prop-checks.js';
import { isUnresolved } from '../internal/tokens.js';
import { HTTPS_URL_PATTERN } from '../notification-channel/channel-patterns.js';
import { NotificationChannel } from '../notification-channel/notification-channel.js';
import { secretReadStatements } from '../notification-channel/secret-access.js';
import { LambdaCronValidationError } from '../internal/validation-error.js';
import {
  WEBHOOK_FORMATS,
  type WebhookNotificationProps,
} from './webhook-notification-props.js';

/** Default timeout of one POST: 10 seconds. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * POSTs the results of a given type to an HTTPS webhook (Slack incoming
 * webhooks, chat tools, your own API): a {@link NotificationChannel} whose
 * handler renders the body template with each result's payload.
 *
 * @example
 * new WebhookNotification(stack, 'slack', {
 *   snsTopicArn: topic.arn,
 *   resultTypes: ['error'],
 *   webhookUrl: slackWebhookUrl,
 *   bodyTemplate: '{"text": "{{ lambdacron.task_name }} failed: {{ error_message }}"}',
 *   lambdaImageUri: webhookHandlerImage,
 * });
 */
export class WebhookNotification extends Construct {
  public readonly channel: NotificationChannel;

  constructor(scope: Construct, id: string, props: WebhookNotificationProps) {
    super(scope, id);
    validateWebhookProps(props);

    const {
      webhookUrl,
      bodyTemplate,
      webhookFormat,
      headersSecretArn,
      headersKmsKeyArn,
      requestTimeoutMs,
      ...options
    } = props;
    this.channel = new NotificationChannel(this, 'channel', {
      ...options,
      channel: 'webhook',
      environment: {
        WEBHOOK_URL: webhookUrl,
        WEBHOOK_FORMAT: webhookFormat ?? 'json',
        WEBHOOK_TIMEOUT_MS: Fn.tostring(
          requestTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
        ),
        ...(headersSecretArn === undefined
          ? {}
          : {
              WEBHOOK_HEADERS_SECRET_ARN: isUnresolved(headersSecretArn)
                ? (Fn.conditional(
                    Op.eq(headersSecretArn, Token.nullValue()),
                    '',
                    headersSecretArn,
                  ) as string)
                : headersSecretArn,
            }),
      },
      templates: [
        {
          variable: 'LAMBDACRON_TEMPLATE_BODY',
          name: 'body',
          text: bodyTemplate,
        },
      ],
      deliveryStatements: [],
      optionalStatements: secretReadStatements({
        sid: 'ReadHeaders',
        secretArn: headersSecretArn,
        kmsKeyArn: headersKmsKeyArn,
      }),
    });
  }
}

function validateWebhookProps(props: WebhookNotificationProps): void {
  const url = props.webhookUrl;
  if (!isUnresolved(url) && !new RegExp(HTTPS_URL_PATTERN).test(url)) {
    throw new LambdaCronValidationError({
      prop: 'webhookUrl',
      rule: 'must be an https:// URL',
      // The URL may be a credential (Slack): show its length only.
      value: `${url.length} characters`,
      fix: 'use the https:// URL the service gave you',
    });
  }
  checkPattern(
    'webhookFormat',
    props.webhookFormat,
    `^(${WEBHOOK_FORMATS.join('|')})$`,
    {
      rule: `must be one of ${WEBHOOK_FORMATS.join(', ')}`,
      fix: 'use "json" for JSON APIs such as Slack, "text" otherwise',
    },
  );
  checkRange('requestTimeoutMs', props.requestTimeoutMs, 1, 900_000);
}
