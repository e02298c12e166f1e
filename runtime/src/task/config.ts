import { ConfigurationError } from '../errors.js';

/** Result type of the failure report when `LAMBDACRON_ERROR_RESULT_TYPE` is unset. */
export const DEFAULT_ERROR_RESULT_TYPE = 'error';

/** Where a task publishes, resolved from options and environment. */
export interface TaskConfig {
  readonly topicArn: string;
  readonly taskName: string;
  readonly errorResultType: string;
}

/** Explicit values that take precedence over the environment. */
export interface TaskConfigOverrides {
  readonly topicArn?: string;
  readonly taskName?: string;
  readonly errorResultType?: string;
}

const SNS_TOPIC_ARN = /^arn:[\w-]+:sns:[\w-]*:\d*:[\w-]+(\.fifo)?$/;

/**
 * Resolves the task's topic (`SNS_TOPIC_ARN`), name (`LAMBDACRON_TASK_NAME`,
 * else `AWS_LAMBDA_FUNCTION_NAME`) and error result type
 * (`LAMBDACRON_ERROR_RESULT_TYPE`, else `error`).
 *
 * @throws ConfigurationError naming the variable that is missing or invalid.
 */
export function resolveTaskConfig(
  overrides: TaskConfigOverrides,
  env: NodeJS.ProcessEnv,
): TaskConfig {
  const topicArn = overrides.topicArn ?? env.SNS_TOPIC_ARN;
  if (!topicArn) {
    throw new ConfigurationError(
      'SNS_TOPIC_ARN is not set; set it to the ARN of the results topic.',
      { context: { variable: 'SNS_TOPIC_ARN' } },
    );
  }
  if (!SNS_TOPIC_ARN.test(topicArn)) {
    throw new ConfigurationError('SNS_TOPIC_ARN is not an SNS topic ARN.', {
      context: { variable: 'SNS_TOPIC_ARN', received: topicArn.slice(0, 256) },
    });
  }

  const taskName =
    overrides.taskName ??
    (env.LAMBDACRON_TASK_NAME || env.AWS_LAMBDA_FUNCTION_NAME);
  if (!taskName) {
    throw new ConfigurationError(
      'Task name is unknown; set LAMBDACRON_TASK_NAME (or run in Lambda, which sets AWS_LAMBDA_FUNCTION_NAME).',
      { context: { variable: 'LAMBDACRON_TASK_NAME' } },
    );
  }

  return {
    topicArn,
    taskName,
    errorResultType:
      overrides.errorResultType ??
      (env.LAMBDACRON_ERROR_RESULT_TYPE || DEFAULT_ERROR_RESULT_TYPE),
  };
}
