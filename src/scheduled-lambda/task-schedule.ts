import type { Construct } from 'constructs';

import { IamRole, IamRolePolicy, SchedulerSchedule } from '../internal/aws.js';
import { Fn, Op, Token } from '../internal/cdktf.js';
import { assumeRolePolicy, policyDocument } from '../internal/iam.js';
import { scheduledEventInput } from './scheduled-event-input.js';

/** What {@link createTaskSchedule} needs. */
export interface TaskScheduleProps {
  readonly taskName: string;
  readonly functionArn: string;
  readonly deadLetterQueueArn: string;
  /** Account allowed to use the scheduler role (the topic's). */
  readonly account: string;
  readonly expression: string;
  readonly timezone: string;
  readonly enabled: boolean;
  readonly flexibleTimeWindowMinutes?: number;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly retryMaxAttempts: number;
  readonly retryMaxEventAgeSeconds: number;
  readonly tags: Record<string, string>;
}

/**
 * The EventBridge Scheduler schedule that invokes the task, and the role it
 * invokes with: allowed to invoke this one function and to dead-letter an
 * invocation it could not deliver, nothing else.
 */
export function createTaskSchedule(
  scope: Construct,
  props: TaskScheduleProps,
): SchedulerSchedule {
  const role = new IamRole(scope, 'scheduler_role', {
    namePrefix: Fn.substr(`${props.taskName}-`, 0, 38),
    description: 'Lets EventBridge Scheduler invoke one LambdaCron task.',
    assumeRolePolicy: assumeRolePolicy('scheduler.amazonaws.com', {
      StringEquals: { 'aws:SourceAccount': props.account },
    }),
    tags: props.tags,
  });
  const policy = new IamRolePolicy(scope, 'scheduler_policy', {
    name: 'lambdacron-schedule',
    role: role.id,
    policy: policyDocument([
      {
        sid: 'InvokeTask',
        actions: ['lambda:InvokeFunction'],
        resources: [props.functionArn],
      },
      {
        sid: 'DeadLetterUndelivered',
        actions: ['sqs:SendMessage'],
        resources: [props.deadLetterQueueArn],
      },
    ]),
  });

  // In a module these are Terraform expressions, so the choices are too.
  const flexible = Op.neq(
    props.flexibleTimeWindowMinutes ?? Token.nullValue(),
    Token.nullValue(),
  );

  return new SchedulerSchedule(scope, 'schedule', {
    name: props.taskName,
    description: 'Runs a LambdaCron task.',
    scheduleExpression: props.expression,
    scheduleExpressionTimezone: props.timezone,
    startDate: props.startDate,
    endDate: props.endDate,
    state: Fn.conditional(props.enabled, 'ENABLED', 'DISABLED'),
    flexibleTimeWindow: {
      mode: Fn.conditional(flexible, 'FLEXIBLE', 'OFF'),
      maximumWindowInMinutes: props.flexibleTimeWindowMinutes,
    },
    target: {
      arn: props.functionArn,
      roleArn: role.arn,
      input: scheduledEventInput(props.taskName),
      retryPolicy: {
        maximumRetryAttempts: props.retryMaxAttempts,
        maximumEventAgeInSeconds: props.retryMaxEventAgeSeconds,
      },
      deadLetterConfig: { arn: props.deadLetterQueueArn },
    },
    dependsOn: [policy],
  });
}
