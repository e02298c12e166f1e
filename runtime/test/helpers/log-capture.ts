import { JsonLogger } from '../../src/logging/logger.js';
import type { LogLevel } from '../../src/logging/log-level.js';

/** A logger that keeps its lines, parsed, for assertions. */
export function captureLogger(level: LogLevel = 'debug'): {
  logger: JsonLogger;
  lines: Record<string, unknown>[];
  raw: string[];
} {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const logger = new JsonLogger({
    level,
    write: (line) => {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });

  return { logger, lines, raw };
}
