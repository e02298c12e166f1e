import type { TerraformVariable } from '../internal/cdktf.js';
import type { ModuleStack } from '../internal/module-stack.js';

/** The schedule inputs of the scheduled-lambda module. */
export interface ScheduleVariables {
  readonly expression: TerraformVariable;
  readonly timezone: TerraformVariable;
  readonly enabled: TerraformVariable;
}

// TODO: replace the shape check below with the full AWS-dialect pattern and
// the generated time zone list once src/schedule provides them.
const SCHEDULE_SHAPE = '^(rate|cron|at)\\(.+\\)$';

/** Declares `schedule_expression`, `schedule_timezone` and `enabled`. */
export function scheduleVariables(stack: ModuleStack): ScheduleVariables {
  const expression = stack.variable({
    name: 'schedule_expression',
    type: 'string',
    description:
      "When the task runs: rate(<n> minutes|hours|days), cron(<minutes> <hours> <day-of-month> <month> <day-of-week> <year>) in AWS's six-field dialect, or at(yyyy-mm-ddThh:mm:ss) for one run.",
    validations: [
      {
        condition: `can(regex("${SCHEDULE_SHAPE.replace(/\\/g, '\\\\')}", var.schedule_expression))`,
        errorMessage:
          'The schedule_expression value must be rate(…), cron(…) or at(…), for example "rate(5 minutes)" or "cron(0 9 ? * MON-FRI *)".',
      },
    ],
  });
  const timezone = stack.variable({
    name: 'schedule_timezone',
    type: 'string',
    default: 'UTC',
    nullable: false,
    description:
      'IANA time zone the schedule is evaluated in, e.g. Europe/London.',
  });
  const enabled = stack.variable({
    name: 'enabled',
    type: 'bool',
    default: true,
    nullable: false,
    description:
      'Whether the schedule runs; false keeps everything but pauses the runs.',
  });

  return { expression, timezone, enabled };
}
