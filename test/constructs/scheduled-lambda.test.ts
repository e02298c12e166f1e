import { describe, expect, it } from 'vitest';

import { LambdaCronValidationError, ScheduledLambda } from '../../src/index.js';
import type { ScheduledLambdaProps } from '../../src/index.js';
import {
  createRootStack,
  IMAGE_URI,
  resourceCount,
  resourcesOfType,
  TOPIC_ARN,
  warningsOf,
} from '../helpers/construct-stack.js';

const VALID: ScheduledLambdaProps = {
  lambdaImageUri: IMAGE_URI,
  scheduleExpression: 'cron(0 9 ? * MON-FRI *)',
  snsTopicArn: TOPIC_ARN,
};

describe('ScheduledLambda', () => {
  it('synthesizes a function, a schedule in the given zone and its roles', () => {
    const stack = createRootStack();

    new ScheduledLambda(stack, 'report', {
      ...VALID,
      name: 'weekday-report',
      scheduleTimezone: 'Europe/London',
    });
    const [taskFunction] = resourcesOfType(stack, 'aws_lambda_function');
    const [schedule] = resourcesOfType(stack, 'aws_scheduler_schedule');

    expect(taskFunction).toMatchObject({
      function_name: 'weekday-report',
      package_type: 'Image',
      image_uri: IMAGE_URI,
    });
    expect(schedule).toMatchObject({
      name: 'weekday-report',
      schedule_expression: 'cron(0 9 ? * MON-FRI *)',
      schedule_expression_timezone: 'Europe/London',
    });
    expect(resourcesOfType(stack, 'terraform_data')).toHaveLength(0);
  });

  it.each<[string, Partial<ScheduledLambdaProps>, RegExp]>([
    [
      'a five-field cron',
      { scheduleExpression: 'cron(0 9 * * 1)' },
      /^scheduleExpression is invalid: .*has 5 fields .* AWS cron needs 6/,
    ],
    [
      'a plural unit for one',
      { scheduleExpression: 'rate(1 minutes)' },
      /scheduleExpression .*"rate\(1 minutes\)"/,
    ],
    [
      'an unknown zone',
      { scheduleTimezone: 'Mars/Olympus' },
      /scheduleTimezone .*"Mars\/Olympus"/,
    ],
    [
      'an image outside ECR',
      { lambdaImageUri: 'docker.io/library/node:22' },
      /lambdaImageUri must be an Amazon ECR image URI/,
    ],
    [
      'a topic that is no ARN',
      { snsTopicArn: 'results.fifo' },
      /snsTopicArn must be an SNS topic ARN/,
    ],
    ['a name with spaces', { name: 'my task' }, /name must be letters, digits/],
    [
      'a timeout above 900 s',
      { timeoutSeconds: 901 },
      /timeoutSeconds must be a whole number from 1 to 900; got 901/,
    ],
  ])('rejects %s before creating resources', (_case, override, message) => {
    const stack = createRootStack();

    const error = captureError(
      () => new ScheduledLambda(stack, 'task', { ...VALID, ...override }),
    );

    expect(error).toBeInstanceOf(LambdaCronValidationError);
    expect(error.message).toMatch(message);
    expect(resourceCount(stack)).toBe(0);
  });

  it('names the prop, the value and the fix in its error', () => {
    const stack = createRootStack();

    const error = captureError(
      () => new ScheduledLambda(stack, 'task', { ...VALID, memorySizeMb: 64 }),
    );

    expect(error.message).toBe(
      'memorySizeMb must be a whole number from 128 to 10240; got 64. Fix: pick a value in 128-10240.',
    );
  });

  it('warns about an expression that is valid but likely a mistake', () => {
    const stack = createRootStack();

    new ScheduledLambda(stack, 'task', {
      ...VALID,
      scheduleExpression: 'cron(* 9 ? * MON *)',
    });

    expect(warningsOf(stack).join('\n')).toMatch(
      /scheduleExpression "cron\(\* 9 \? \* MON \*\)": .*every minute/,
    );
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
