import type { Construct } from 'constructs';

import { Annotations } from '../internal/cdktf.js';
import { knownValue } from '../internal/tokens.js';
import { LambdaCronValidationError } from '../internal/validation-error.js';
import {
  ScheduleExpressionError,
  assertTimeZone,
  lintSchedule,
  parseSchedule,
} from '../schedule/index.js';

/**
 * Checks a known schedule expression and time zone at synth time, and adds
 * a warning annotation for expressions that are valid but likely mistakes
 * (e.g. `*` minutes with a fixed hour runs sixty times in that hour).
 */
export function validateSchedule(
  scope: Construct,
  expression: string,
  timezone: string | undefined,
): void {
  const knownExpression = knownValue(expression);
  if (knownExpression !== undefined) {
    rethrowAsProp('scheduleExpression', knownExpression, () =>
      parseSchedule(knownExpression),
    );
    for (const warning of lintSchedule(knownExpression)) {
      Annotations.of(scope).addWarning(
        `scheduleExpression ${JSON.stringify(knownExpression)}: ${warning.message}`,
      );
    }
  }

  const knownZone = knownValue(timezone);
  if (knownZone !== undefined) {
    rethrowAsProp('scheduleTimezone', knownZone, () =>
      assertTimeZone(knownZone),
    );
  }
}

function rethrowAsProp(prop: string, value: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof ScheduleExpressionError)) {
      throw error;
    }
    throw new LambdaCronValidationError({
      prop,
      value,
      rule: `is invalid: ${error.field} "${error.value}" ${error.rule}`,
      fix: error.fix,
    });
  }
}
