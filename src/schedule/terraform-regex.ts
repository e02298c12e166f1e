/**
 * RE2 building blocks for the shape of an EventBridge Scheduler expression.
 * Only features RE2 shares with JavaScript: no lookarounds, no backreferences.
 */

const MONTH_NAMES = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC';
const WEEKDAY_NAMES = 'SUN|MON|TUE|WED|THU|FRI|SAT';

const MINUTE = '0*(?:[0-9]|[1-5][0-9])';
const HOUR = '0*(?:[0-9]|1[0-9]|2[0-3])';
const DAY = '0*(?:[1-9]|[12][0-9]|3[01])';
const MONTH = `(?:0*(?:[1-9]|1[0-2])|${MONTH_NAMES})`;
const WEEKDAY_NUMBER = '0*[1-7]';
const WEEKDAY = `(?:${WEEKDAY_NUMBER}|${WEEKDAY_NAMES})`;
const YEAR = '0*(?:19[7-9][0-9]|2[01][0-9][0-9])';
const STEP = '/0*[1-9][0-9]*';

function list(value: string, allowStep: boolean): string {
  const item = `(?:\\*|${value}(?:-${value})?)${allowStep ? `(?:${STEP})?` : ''}`;

  return `${item}(?:,${item})*`;
}

const MINUTES_FIELD = list(MINUTE, true);
const HOURS_FIELD = list(HOUR, true);
const DAY_OF_MONTH_FIELD = `(?:${list(DAY, true)}|L|LW|${DAY}W)`;
const MONTH_FIELD = list(MONTH, true);
const DAY_OF_WEEK_FIELD = `(?:${list(WEEKDAY, false)}|L|${WEEKDAY_NUMBER}L|${WEEKDAY_NUMBER}#0*[1-5])`;
const YEAR_FIELD = list(YEAR, true);

const RATE =
  'rate\\((?:0*1 (?:minute|hour|day)|0*(?:[2-9]|[1-9][0-9]+) (?:minutes|hours|days))\\)';
const CRON = `cron\\(${MINUTES_FIELD} ${HOURS_FIELD} (?:${DAY_OF_MONTH_FIELD} ${MONTH_FIELD} \\?|\\? ${MONTH_FIELD} ${DAY_OF_WEEK_FIELD}) ${YEAR_FIELD}\\)`;
const AT =
  'at\\([0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\)';

/**
 * An anchored regular expression, in RE2 syntax for Terraform's `regex()` /
 * `can(regex(...))`, that checks a schedule expression's shape at plan time:
 * `rate()` with the singular unit exactly for 1, six `cron()` fields with
 * their allowed values and characters and `?` in exactly one day field, and
 * the `at()` format. It does not check what needs arithmetic: that a range's
 * start precedes its end, that an `at()` date exists (Feb 30), or the
 * step/`#` limits the parser enforces; {@link parseSchedule} does.
 *
 * @example
 * ```ts
 * const condition = `can(regex(${JSON.stringify(scheduleExpressionRegex())}, var.schedule_expression))`;
 * new RegExp(scheduleExpressionRegex()).test('cron(0 9 ? * MON-FRI *)'); // true
 * ```
 */
export function scheduleExpressionRegex(): string {
  return `^(?:${RATE}|${CRON}|${AT})$`;
}
