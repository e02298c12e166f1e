/**
 * Public API of `@lambdacron/runtime`: write scheduled tasks that publish
 * results (`defineTask`, `Task`) and channel handlers that render and
 * deliver them (`defineChannel`, `createEmailChannel`).
 */
export * from './errors.js';

export { JsonLogger, silentLogger } from './logging/logger.js';
export type { JsonLoggerOptions, LogFields, Logger } from './logging/logger.js';
export { LOG_LEVELS, type LogLevel } from './logging/log-level.js';
export { redact, redactEmailAddress, redactUrl } from './logging/redact.js';

export {
  EVENTBRIDGE_EVENT_SOURCE,
  LAMBDACRON_EVENT_SOURCE,
  parseScheduledEvent,
  type ScheduledTick,
} from './events/scheduled-event.js';

export { defineTask } from './task/define-task.js';
export { Task } from './task/task.js';
export type { TaskHandlerOptions } from './task/create-task-handler.js';
export type {
  ResultMap,
  TaskContext,
  TaskDefinition,
  TaskHandler,
  TaskInvocationSummary,
  TaskOutput,
  TaskResult,
} from './task/types.js';
export type { ErrorResultPayload } from './task/failure-report.js';
export { DEFAULT_ERROR_RESULT_TYPE } from './task/config.js';

export { SNS_LIMITS } from './publish/limits.js';
export {
  buildResultMessage,
  deduplicationId,
  isFifoTopic,
  RESULT_ATTRIBUTES,
} from './publish/result-message.js';

export type { ChannelMessage } from './batch/channel-message.js';
export { parseChannelRecord } from './batch/channel-message.js';
export {
  DeliveredCache,
  type DeliveredCacheOptions,
} from './batch/delivered-cache.js';
export {
  defineChannel,
  type ChannelDefinition,
  type ChannelHandler,
  type ChannelHandlerOptions,
  type ChannelSetupContext,
} from './channels/define-channel.js';

export {
  TemplateLoader,
  type LoadedTemplate,
  type TemplateLoaderOptions,
} from './templates/template-loader.js';
export { TemplateRenderer } from './templates/template-renderer.js';
export { TemplateKind } from './templates/environments.js';
export { templateVariables } from './templates/template-variables.js';

export {
  createEmailChannel,
  type EmailChannelOptions,
  type RenderedEmail,
  type SesSender,
} from './channels/email/email-channel.js';
export {
  parseEmailConfig,
  type EmailConfig,
} from './channels/email/email-config.js';

export {
  createSmsChannel,
  TWILIO_MAX_BODY_CHARACTERS,
  type RenderedSms,
  type SmsChannelOptions,
} from './channels/sms/sms-channel.js';
export { parseSmsConfig, type SmsConfig } from './channels/sms/sms-config.js';
export {
  smsSegments,
  SmsEncoding,
  type SmsSegmentInfo,
} from './channels/sms/sms-segments.js';
export {
  TwilioClient,
  type TwilioClientOptions,
  type TwilioMessage,
} from './channels/sms/twilio-client.js';
export { classifyTwilioError } from './channels/sms/twilio-errors.js';

export {
  createWebhookChannel,
  type RenderedWebhook,
  type WebhookChannelOptions,
} from './channels/webhook/webhook-channel.js';
export {
  parseWebhookConfig,
  parseWebhookHeaders,
  WebhookFormat,
  type WebhookConfig,
} from './channels/webhook/webhook-config.js';
export { jsonEscapedVariables } from './channels/webhook/json-escape.js';

export {
  SecretReader,
  secretLocation,
  type SecretLocation,
  type SecretReaderOptions,
} from './secrets/secret-reader.js';
