import type { TerraformVariable } from '../internal/cdktf.js';
import type { ModuleStack } from '../internal/module-stack.js';
import { hclString } from '../internal/patterns.js';
import { listTimeZones, scheduleExpressionRegex } from '../schedule/index.js';

/** The schedule inputs of the scheduled-lambda module. */
export interface ScheduleVariables {
  readonly expression: TerraformVariable;
  readonly timezone: TerraformVariable;
  readonly enabled: TerraformVariable;
  readonly flexibleTimeWindowMinutes: TerraformVariable;
  readonly startDate: TerraformVariable;
  readonly endDate: TerraformVariable;
}

/**
 * Declares `schedule_expression`, `schedule_timezone` and `enabled`. The
 * expression's plan-time check is the same AWS-dialect grammar the
 * TypeScript parser enforces (less the checks that need arithmetic, such as
 * a reversed range); the zone list is generated at synth time.
 */
export function scheduleVariables(stack: ModuleStack): ScheduleVariables {
  const expression = stack.variable({
    name: 'schedule_expression',
    type: 'string',
    description:
      "When the task runs: rate(<n> minute|minutes|hour|hours|day|days) (the singular only for 1), cron(<minutes> <hours> <day-of-month> <month> <day-of-week> <year>) in AWS's six-field dialect with ? in exactly one day field, or at(yyyy-mm-ddThh:mm:ss) for one run.",
    validations: [
      {
        condition: `can(regex(${hclString(scheduleExpressionRegex())}, var.schedule_expression))`,
        errorMessage:
          'The schedule_expression value must be a valid EventBridge Scheduler expression: rate(1 minute) or rate(5 minutes) (singular unit only for 1); cron(min hour day-of-month month day-of-week year) with six fields and ? in exactly one of day-of-month and day-of-week, e.g. cron(0 9 ? * MON-FRI *); or at(2030-01-31T09:00:00). Run `npx lambdacron schedule "<expression>"` to see what is wrong and when it would run.',
      },
    ],
  });
  const timezone = stack.variable({
    name: 'schedule_timezone',
    type: 'string',
    default: 'UTC',
    nullable: false,
    description:
      'IANA time zone the schedule is evaluated in, e.g. Europe/London; daylight saving time is followed.',
    validations: [
      {
        condition: `contains(${JSON.stringify(listTimeZones())}, var.schedule_timezone)`,
        errorMessage:
          'The schedule_timezone value must be an IANA time zone name such as UTC, Europe/London or America/New_York.',
      },
    ],
  });
  const enabled = stack.variable({
    name: 'enabled',
    type: 'bool',
    default: true,
    nullable: false,
    description:
      'Whether the schedule runs; false keeps everything deployed but pauses the runs.',
  });

  const flexibleTimeWindowMinutes = stack.variable({
    name: 'flexible_time_window_minutes',
    type: 'number',
    default: null,
    description:
      'Let Scheduler start a run up to this many minutes after its time (1 to 1440) to spread load; null runs on time.',
    validations: [
      {
        condition:
          'var.flexible_time_window_minutes == null || (floor(coalesce(var.flexible_time_window_minutes, 1)) == coalesce(var.flexible_time_window_minutes, 1) && coalesce(var.flexible_time_window_minutes, 1) >= 1 && coalesce(var.flexible_time_window_minutes, 1) <= 1440)',
        errorMessage:
          'The flexible_time_window_minutes value must be null or a whole number of minutes from 1 to 1440.',
      },
    ],
  });
  const [startDate, endDate] = (['start', 'end'] as const).map((edge) =>
    stack.variable({
      name: `schedule_${edge}_date`,
      type: 'string',
      default: null,
      description:
        edge === 'start'
          ? 'First moment the schedule may run, in RFC 3339 (e.g. 2027-01-01T00:00:00Z); null starts now.'
          : 'Last moment the schedule may run, in RFC 3339; null never ends.',
      validations: [
        {
          condition: `var.schedule_${edge}_date == null || can(timeadd(coalesce(var.schedule_${edge}_date, "x"), "0s"))`,
          errorMessage: `The schedule_${edge}_date value must be null or a time in RFC 3339 form such as 2027-01-01T00:00:00Z.`,
        },
      ],
    }),
  );

  return {
    expression,
    timezone,
    enabled,
    flexibleTimeWindowMinutes,
    startDate: startDate!,
    endDate: endDate!,
  };
}
