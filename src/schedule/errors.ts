/** What a {@link ScheduleExpressionError} needs to explain itself. */
export interface ScheduleExpressionErrorDetails {
  /** The part of the input at fault, e.g. `cron day-of-week` or `timezone`. */
  readonly field: string;
  /** The offending text exactly as received. */
  readonly value: string;
  /** The rule broken, phrased to follow the value, e.g. `is out of range 1-7`. */
  readonly rule: string;
  /** How to fix it, e.g. `use 1-7 or SUN-SAT`. */
  readonly fix: string;
}

/**
 * Thrown for any schedule expression, time zone or option that EventBridge
 * Scheduler would reject. The message names the field, states the rule, shows
 * the value and says how to fix it.
 *
 * @example
 * ```ts
 * try {
 *   parseSchedule('cron(0 9 ? * 8 *)');
 * } catch (error) {
 *   if (error instanceof ScheduleExpressionError) {
 *     error.field; // 'cron day-of-week'
 *     error.message; // 'cron day-of-week "8" is out of range 1-7 (SUN=1 … SAT=7); use 1-7 or SUN-SAT'
 *   }
 * }
 * ```
 */
export class ScheduleExpressionError extends Error {
  override readonly name = 'ScheduleExpressionError';
  readonly field: string;
  readonly value: string;
  readonly rule: string;
  readonly fix: string;

  constructor(details: ScheduleExpressionErrorDetails) {
    super(
      `${details.field} "${details.value}" ${details.rule}; ${details.fix}`,
    );
    this.field = details.field;
    this.value = details.value;
    this.rule = details.rule;
    this.fix = details.fix;
  }
}
