import type { Construct } from 'constructs';

import { Fn, Op, TerraformLocal } from './cdktf.js';

/**
 * Lambda's limit on a function's environment: all keys and values together.
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export const LAMBDA_ENVIRONMENT_MAX_BYTES = 4096;

/** A function's environment, checked against Lambda's size limit. */
export interface CheckedEnvironment {
  /** Pass as `environment.variables`. */
  readonly variables: Record<string, string>;
  /** Pass as `lifecycle.precondition` of the function. */
  readonly precondition: { condition: unknown; errorMessage: string }[];
}

/**
 * Holds `variables` in a local value and builds a precondition that fails
 * the plan when they pass Lambda's 4 KB limit, instead of the apply failing
 * half-way. Terraform has no byte-length function; the length of the
 * base64 form times 3/4 is the UTF-8 size (over by at most two bytes).
 */
export function checkedEnvironment(
  scope: Construct,
  id: string,
  variables: Record<string, string>,
  whatToDo: string,
): CheckedEnvironment {
  const local = new TerraformLocal(scope, id, variables);
  const env = local.expression as Record<string, string>;
  const text = Fn.join('', Fn.concat([Fn.keys(env), Fn.values(env)]));
  const bytes = Fn.floor(
    Op.div(Op.mul(Fn.lengthOf(Fn.base64encode(text)), 3), 4),
  );

  return {
    variables: env,
    precondition: [
      {
        condition: Op.lte(bytes, LAMBDA_ENVIRONMENT_MAX_BYTES),
        errorMessage: `The function's environment must fit Lambda's limit of ${LAMBDA_ENVIRONMENT_MAX_BYTES} bytes (keys and values together); ${whatToDo}`,
      },
    ],
  };
}
