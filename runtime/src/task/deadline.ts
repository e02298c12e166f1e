import type { Context } from 'aws-lambda';

/** Time kept back before the Lambda deadline to publish the timeout report. */
export const DEFAULT_TIMEOUT_MARGIN_MS = 2000;

/**
 * Calls `onDeadline` `marginMs` before the invocation's deadline. Returns a
 * function that disarms the timer; does nothing when the context cannot tell
 * the remaining time or less than `marginMs` remains.
 */
export function armDeadline(
  context: Pick<Context, 'getRemainingTimeInMillis'>,
  marginMs: number,
  onDeadline: () => void,
): () => void {
  if (typeof context.getRemainingTimeInMillis !== 'function') {
    return () => undefined;
  }

  const delayMs = context.getRemainingTimeInMillis() - marginMs;
  if (!Number.isFinite(delayMs) || delayMs <= 0) {
    return () => undefined;
  }

  const timer = setTimeout(onDeadline, delayMs);
  // The timer must not keep a test process or a local runner alive.
  timer.unref();

  return () => clearTimeout(timer);
}
