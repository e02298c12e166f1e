import { errorMessage, errorName, LambdaCronError } from '../errors.js';
import { LOG_LEVELS, parseLogLevel, type LogLevel } from './log-level.js';
import { isSensitiveKey, redact } from './redact.js';

/** Fields of one log line. Keys are converted to snake_case. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * The narrow logger the runtime depends on. Inject your own (for example a
 * Powertools logger adapter) through the handler options.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. `request_id`). */
  child(fields: LogFields): Logger;
  /** True when a `debug` line would be written; guards costly redaction. */
  isDebugEnabled(): boolean;
}

/** Options of {@link JsonLogger}. */
export interface JsonLoggerOptions {
  /** Minimum level written. Default: from `LOG_LEVEL`, else `info`. */
  readonly level?: LogLevel;
  /** Receives each serialized line (without newline). Default: stdout. */
  readonly write?: (line: string) => void;
  /** Fields on every line. Default: `{}`. */
  readonly fields?: LogFields;
  /** Clock. Default: `() => new Date()`. */
  readonly now?: () => Date;
}

function toSnakeCase(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}

function serializeError(error: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    error_name: errorName(error),
    error_message: errorMessage(error),
  };
  if (error instanceof LambdaCronError) {
    fields.error_permanent = error.permanent;
    fields.error_context = error.context;
  }
  // Only the cause's name: a cause is often a library's error, whose message
  // may quote what it was given (SES quotes rejected addresses, JSON.parse
  // quotes the text it could not read). Our own messages never do.
  if (error instanceof Error && error.cause !== undefined) {
    fields.error_cause = errorName(error.cause);
  }

  return fields;
}

function normalizeFields(fields: LogFields): Record<string, unknown> {
  const normalized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      continue;
    }
    if (key === 'error') {
      Object.assign(normalized, serializeError(value));
      continue;
    }
    const snakeKey = toSnakeCase(key);
    normalized[snakeKey] = isSensitiveKey(snakeKey) ? redact(value) : value;
  }

  return normalized;
}

/**
 * Structured logger: one JSON object per line with stable snake_case keys
 * (`timestamp`, `level`, `message`, then fields). Sensitive keys (recipients,
 * subject, body, secrets…) are redacted at every level; log them only at
 * debug.
 *
 * @example
 * const logger = new JsonLogger().child({ request_id: context.awsRequestId });
 * logger.info('batch processed', { records: 3, failed: 1 });
 * // {"timestamp":"…","level":"info","message":"batch processed","request_id":"…","records":3,"failed":1}
 */
export class JsonLogger implements Logger {
  private readonly level: LogLevel;
  private readonly write: (line: string) => void;
  private fields: Record<string, unknown>;
  private readonly now: () => Date;

  constructor(options: JsonLoggerOptions = {}) {
    this.write =
      options.write ?? ((line) => void process.stdout.write(`${line}\n`));
    this.fields = normalizeFields(options.fields ?? {});
    this.now = options.now ?? (() => new Date());
    if (options.level !== undefined) {
      this.level = options.level;
      return;
    }

    const parsed = parseLogLevel(process.env.LOG_LEVEL);
    this.level = parsed.level;
    if (parsed.invalid !== undefined) {
      this.warn('LOG_LEVEL is not a log level; using info', {
        log_level: parsed.invalid,
      });
    }
  }

  debug(message: string, fields?: LogFields): void {
    this.log('debug', message, fields);
  }

  info(message: string, fields?: LogFields): void {
    this.log('info', message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    this.log('warn', message, fields);
  }

  error(message: string, fields?: LogFields): void {
    this.log('error', message, fields);
  }

  child(fields: LogFields): Logger {
    // A child is made per invocation and per record: it takes the level and
    // the already-normalized fields as they are, without re-reading either.
    const child = new JsonLogger({
      level: this.level,
      write: this.write,
      now: this.now,
    });
    child.fields = { ...this.fields, ...normalizeFields(fields) };

    return child;
  }

  isDebugEnabled(): boolean {
    return LOG_LEVELS[this.level] <= LOG_LEVELS.debug;
  }

  private log(level: LogLevel, message: string, fields?: LogFields): void {
    if (LOG_LEVELS[level] < LOG_LEVELS[this.level]) {
      return;
    }

    const line = {
      timestamp: this.now().toISOString(),
      level,
      message,
      ...this.fields,
      ...normalizeFields(fields ?? {}),
    };

    this.write(JSON.stringify(line));
  }
}

/** A logger that writes nothing (tests, or a library caller who wants silence). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
  isDebugEnabled: () => false,
};
