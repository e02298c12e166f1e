/**
 * LambdaCron's CDKTF constructs, for use directly in a CDKTF app. The same
 * constructs generate the Terraform modules in generated-modules/.
 */
export { EmailNotification } from './email-notification/email-notification.js';
export type { EmailNotificationProps } from './email-notification/email-notification-props.js';
export { NotificationChannel } from './notification-channel/notification-channel.js';
export type {
  ChannelOptions,
  NotificationChannelProps,
} from './notification-channel/notification-channel-props.js';
export { resultTypeFilterPolicy } from './notification-channel/wiring.js';
export { SmsNotification } from './sms-notification/sms-notification.js';
export type { SmsNotificationProps } from './sms-notification/sms-notification-props.js';
export { WebhookNotification } from './webhook-notification/webhook-notification.js';
export type { WebhookNotificationProps } from './webhook-notification/webhook-notification-props.js';
export { ScheduledLambda } from './scheduled-lambda/scheduled-lambda.js';
export type { ScheduledLambdaProps } from './scheduled-lambda/scheduled-lambda-props.js';
export { LambdaCronValidationError } from './internal/validation-error.js';
