import type { ChannelOptions } from '../notification-channel/notification-channel-props.js';

/** Props of {@link EmailNotification}. */
export interface EmailNotificationProps extends ChannelOptions {
  /** The From address; it (or its domain) must be a verified SES identity. */
  readonly emailSender: string;
  /** The To addresses, 1–50 (SES's limit per message). */
  readonly emailRecipients: string[];
  /** nunjucks template of the HTML body (autoescaped). */
  readonly htmlTemplate: string;
  /** nunjucks template of the subject. @default 'LambdaCron: {{ lambdacron.result_type }} from {{ lambdacron.task_name }}' */
  readonly subjectTemplate?: string;
  /** Reply-To addresses. @default none */
  readonly replyTo?: string[];
  /** SES configuration set to send with (event publishing, tracking). @default none */
  readonly configurationSet?: string;
  /** nunjucks template of the plain-text body. @default no text part */
  readonly textTemplate?: string;
}

/** The subject used when none is given. */
export const DEFAULT_SUBJECT_TEMPLATE =
  'LambdaCron: {{ lambdacron.result_type }} from {{ lambdacron.task_name }}';

/** SES accepts at most 50 recipients per message. */
export const SES_MAX_RECIPIENTS = 50;
