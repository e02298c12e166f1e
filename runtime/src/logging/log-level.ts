/** Log levels in increasing severity, with their numeric rank. */
export const LOG_LEVELS = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
} as const;

/** `'debug' | 'info' | 'warn' | 'error'`. */
export type LogLevel = keyof typeof LOG_LEVELS;

/** Level used when `LOG_LEVEL` is unset (contract §3). */
export const DEFAULT_LOG_LEVEL: LogLevel = 'info';

/** True when `value` names a log level (case-insensitive). */
export function isLogLevel(value: string): value is LogLevel {
  return Object.hasOwn(LOG_LEVELS, value);
}

/**
 * Reads the level from a `LOG_LEVEL` value. An unknown value falls back to
 * the default; `invalid` reports it so the logger can warn once.
 */
export function parseLogLevel(value: string | undefined): {
  level: LogLevel;
  invalid?: string;
} {
  const normalized = value?.trim().toLowerCase();
  if (normalized === undefined || normalized === '') {
    return { level: DEFAULT_LOG_LEVEL };
  }

  if (isLogLevel(normalized)) {
    return { level: normalized };
  }

  return { level: DEFAULT_LOG_LEVEL, invalid: value };
}
