import type { ChannelTemplate } from './channel-templates.js';
import type { OptionalStatement, PolicyStatement } from '../internal/iam.js';

/**
 * What every channel construct (email, SMS, …) accepts besides its own
 * delivery settings.
 */
export interface ChannelOptions {
  /** The shared results topic; must be FIFO (AWS delivers no standard topic to a FIFO queue). */
  readonly snsTopicArn: string;
  /**
   * Result types this channel receives, matched against `result_type`.
   * `['*']` (alone) subscribes to every result type: no filter policy. An
   * empty list is refused, so that a missing value cannot silently mean
   * "everything" or "nothing".
   */
  readonly resultTypes: string[];
  /** The channel handler's container image in ECR. */
  readonly lambdaImageUri: string;
  /**
   * Name of the queue, function and log group.
   * @default `lambdacron-<channel>-<8 hex digits>`, drawn once at the first apply
   */
  readonly name?: string;
  /** Handler timeout, 1–900 seconds; the queue's visibility timeout is six times it. @default 30 */
  readonly timeoutSeconds?: number;
  /** Handler memory in MB. @default 256 */
  readonly memorySizeMb?: number;
  /** Records per handler invocation, 1–10 (FIFO queues allow at most 10). @default 10 */
  readonly batchSize?: number;
  /** Receives before a message moves to the dead-letter queue, 1–1000. @default 5 */
  readonly maxReceiveCount?: number;
  /**
   * Most concurrent handler invocations the event source mapping starts,
   * 2–1000 (Lambda's `ScalingConfig`).
   * @default no limit beyond the account's concurrency
   */
  readonly maximumConcurrency?: number;
  /**
   * A customer managed KMS key encrypting the queues instead of SQS-managed
   * SSE. Its key policy must let `sns.amazonaws.com` use it (see
   * {@link snsKeyPolicyStatement}); the handler's role gets `kms:Decrypt` on it.
   * @default SQS-managed server-side encryption
   */
  readonly kmsKeyArn?: string;
  /**
   * Bucket for templates too long to travel in the environment.
   * @default a bucket the channel creates when a template needs one
   */
  readonly templateBucket?: string;
  /** Days CloudWatch keeps the handler's logs. @default 30 */
  readonly logRetentionDays?: number;
  /** Handler log level: debug, info, warn or error. @default 'info' */
  readonly logLevel?: string;
  /** Where the dead-letter alarm notifies (standard SNS topics). @default [] */
  readonly alarmActions?: string[];
}

/** Props of {@link NotificationChannel}. */
export interface NotificationChannelProps extends ChannelOptions {
  /** The channel kind, e.g. `email`; the handler reads it as LAMBDACRON_CHANNEL. */
  readonly channel: string;
  /** Templates the handler reads, inline or from S3 by size. @default none */
  readonly templates?: readonly ChannelTemplate[];
  /** Channel-specific environment of the handler. */
  readonly environment: Record<string, string>;
  /** What the handler may do to deliver (e.g. send as one SES identity). */
  readonly deliveryStatements: readonly PolicyStatement[];
  /** Statements Terraform includes or leaves out at plan time. @default none */
  readonly optionalStatements?: readonly OptionalStatement[];
}

/** The values used for props that are left out. */
export const NOTIFICATION_CHANNEL_DEFAULTS = {
  timeoutSeconds: 30,
  memorySizeMb: 256,
  batchSize: 10,
  maxReceiveCount: 5,
  logRetentionDays: 30,
  logLevel: 'info',
  alarmActions: [] as string[],
} as const;

/**
 * SQS should hide a received message for at least six times the consuming
 * function's timeout, so that a slow batch is not delivered twice.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
 */
export const VISIBILITY_TIMEOUT_PER_FUNCTION_TIMEOUT = 6;

/** SQS's longest retention, 14 days, for the dead-letter queue. */
export const DEAD_LETTER_RETENTION_SECONDS = 1_209_600;
