import type { ChannelOptions } from '../notification-channel/notification-channel-props.js';

/** How the webhook body is sent. */
export const WEBHOOK_FORMATS = ['json', 'text'] as const;

/** Props of {@link WebhookNotification}. */
export interface WebhookNotificationProps extends ChannelOptions {
  /**
   * The HTTPS URL to POST to. A Slack incoming webhook URL is a credential:
   * it is kept in the handler's environment (encrypted at rest by Lambda)
   * and marked sensitive in the module.
   */
  readonly webhookUrl: string;
  /** nunjucks template of the request body. */
  readonly bodyTemplate: string;
  /**
   * `json` (validated; payload strings escaped for JSON strings) or `text`.
   * @default 'json'
   */
  readonly webhookFormat?: string;
  /**
   * ARN of a Secrets Manager secret or SSM parameter holding extra headers
   * as a JSON object, e.g. `{"Authorization": "Bearer …"}`.
   * @default no extra headers
   */
  readonly headersSecretArn?: string;
  /** Customer managed KMS key of the headers secret. @default none */
  readonly headersKmsKeyArn?: string;
  /** Timeout of one POST in milliseconds. @default 10000 */
  readonly requestTimeoutMs?: number;
}
