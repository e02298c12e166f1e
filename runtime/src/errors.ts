/**
 * Every error the runtime raises. Each carries a `permanent` flag: a permanent
 * error will fail again on retry (a malformed record, a template error, a
 * rejected recipient); a transient one may succeed later (throttling, 5xx,
 * timeouts). Messages and context name *what* failed (a template source, a
 * record id, an environment variable) and never contain recipients, rendered
 * bodies or secrets.
 */

/** Context fields attached to an error: identifying facts, never content. */
export type ErrorContext = Readonly<
  Record<string, string | number | boolean | undefined>
>;

/** Options accepted by every {@link LambdaCronError} constructor. */
export interface LambdaCronErrorOptions {
  /** The underlying error. Default: none. */
  readonly cause?: unknown;
  /** Identifying facts (snake_case keys). Default: `{}`. */
  readonly context?: ErrorContext;
  /** Overrides the class's default classification. */
  readonly permanent?: boolean;
}

/**
 * Base class of every runtime error.
 *
 * @example
 * try {
 *   await handler(event, context);
 * } catch (error) {
 *   if (error instanceof LambdaCronError && error.permanent) alertHumans();
 * }
 */
export class LambdaCronError extends Error {
  override readonly name: string = 'LambdaCronError';
  /** Identifying facts about the failure (never content or recipients). */
  readonly context: ErrorContext;
  /** True when retrying cannot help. */
  readonly permanent: boolean;

  constructor(
    message: string,
    options: LambdaCronErrorOptions = {},
    permanentByDefault = true,
  ) {
    super(message, { cause: options.cause });
    this.context = options.context ?? {};
    this.permanent = options.permanent ?? permanentByDefault;
  }
}

/** Required configuration (environment variable or option) is missing or invalid. */
export class ConfigurationError extends LambdaCronError {
  override readonly name = 'ConfigurationError';
}

/** The task was invoked with an event that is not a scheduled event. */
export class ScheduledEventError extends LambdaCronError {
  override readonly name = 'ScheduledEventError';
}

/** A task returned a result that breaks the task's declaration or the contract. */
export class ResultValidationError extends LambdaCronError {
  override readonly name = 'ResultValidationError';
}

/** A result message exceeds an SNS limit (size, attribute count or value rules). */
export class MessageLimitError extends LambdaCronError {
  override readonly name = 'MessageLimitError';
}

/** SNS refused or failed to publish one or more results. Transient unless a sender fault. */
export class PublishError extends LambdaCronError {
  override readonly name = 'PublishError';

  constructor(message: string, options: LambdaCronErrorOptions = {}) {
    super(message, options, false);
  }
}

/** The task did not finish before the Lambda deadline. */
export class TaskTimeoutError extends LambdaCronError {
  override readonly name = 'TaskTimeoutError';

  constructor(message: string, options: LambdaCronErrorOptions = {}) {
    super(message, options, false);
  }
}

/** An SQS record is not a LambdaCron result (bad body, missing attribute). */
export class RecordParseError extends LambdaCronError {
  override readonly name = 'RecordParseError';
}

/** A template source could not be loaded. Transient for network failures. */
export class TemplateSourceError extends LambdaCronError {
  override readonly name = 'TemplateSourceError';
}

/** A template failed to compile or render (syntax, undefined or null variable). */
export class TemplateRenderError extends LambdaCronError {
  override readonly name = 'TemplateRenderError';
}

/** A channel failed to deliver a rendered message. */
export class DeliveryError extends LambdaCronError {
  override readonly name = 'DeliveryError';

  constructor(message: string, options: LambdaCronErrorOptions = {}) {
    super(message, options, false);
  }
}

/** Every record of an SQS batch failed; thrown so Lambda retries the batch. */
export class BatchProcessingError extends LambdaCronError {
  override readonly name = 'BatchProcessingError';

  constructor(message: string, options: LambdaCronErrorOptions = {}) {
    super(message, options, false);
  }
}

/** The two classes a failure falls into. */
export const ErrorClass = {
  permanent: 'permanent',
  transient: 'transient',
} as const;

/** `'permanent'` or `'transient'`. */
export type ErrorClass = (typeof ErrorClass)[keyof typeof ErrorClass];

/**
 * Classifies any thrown value. Runtime errors carry their own flag; anything
 * else (a bug, a network error from user code) counts as transient so it is
 * retried, and still reaches the DLQ after `maxReceiveCount` receives.
 */
export function classifyError(error: unknown): ErrorClass {
  if (error instanceof LambdaCronError) {
    return error.permanent ? ErrorClass.permanent : ErrorClass.transient;
  }

  return ErrorClass.transient;
}

/** The `name` of any thrown value (`'Error'` for non-errors). */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}

/** The `message` of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
