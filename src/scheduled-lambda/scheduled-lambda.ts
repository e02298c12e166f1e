import { Construct } from 'constructs';

import { arnFields } from '../internal/arn.js';
import {
  CloudwatchLogGroup,
  IamRole,
  IamRolePolicy,
  LambdaFunction,
  SchedulerSchedule,
  SqsQueue,
} from '../internal/aws.js';
import { Fn } from '../internal/cdktf.js';
import { assumeRolePolicy, policyDocument } from '../internal/iam.js';
import { checkedEnvironment } from '../internal/lambda-environment.js';
import { resourceName } from '../internal/unique-name.js';
import { scheduledEventInput } from './scheduled-event-input.js';
import {
  SCHEDULED_LAMBDA_DEFAULTS,
  validateScheduledLambdaProps,
} from './scheduled-lambda-props.js';
import type { ScheduledLambdaProps } from './scheduled-lambda-props.js';
import { validateSchedule } from './validate-schedule.js';

/**
 * A container-image Lambda function run on a schedule by EventBridge
 * Scheduler, allowed to publish its results to one SNS topic.
 *
 * It creates the function, its log group, an execution role that may only
 * publish to `snsTopicArn` and write to that log group, the schedule, the
 * schedule's own role that may only invoke this function, and a dead-letter
 * queue for invocations Scheduler could not deliver.
 *
 * @example
 * new ScheduledLambda(stack, 'report', {
 *   lambdaImageUri: '123456789012.dkr.ecr.us-west-2.amazonaws.com/report:v1',
 *   scheduleExpression: 'cron(0 8 ? * MON-FRI *)',
 *   scheduleTimezone: 'Europe/London',
 *   snsTopicArn: topic.arn,
 * });
 */
export class ScheduledLambda extends Construct {
  /** The function's name, also the task name its results carry. */
  public readonly functionName: string;
  public readonly function: LambdaFunction;
  public readonly executionRole: IamRole;
  /** The execution role's inline policy, for review. */
  public readonly executionPolicy: IamRolePolicy;
  public readonly logGroup: CloudwatchLogGroup;
  public readonly schedule: SchedulerSchedule;
  public readonly scheduleDeadLetterQueue: SqsQueue;

  constructor(scope: Construct, id: string, props: ScheduledLambdaProps) {
    super(scope, id);
    validateScheduledLambdaProps(props);
    validateSchedule(this, props.scheduleExpression, props.scheduleTimezone);

    const settings = { ...SCHEDULED_LAMBDA_DEFAULTS, ...props };
    const topic = arnFields(props.snsTopicArn);
    this.functionName = resourceName(this, 'name', {
      requested: props.name,
      prefix: 'lambdacron-task',
    });

    this.logGroup = new CloudwatchLogGroup(this, 'log_group', {
      name: `/aws/lambda/${this.functionName}`,
      retentionInDays: settings.logRetentionDays,
    });

    this.executionRole = new IamRole(this, 'execution_role', {
      namePrefix: Fn.substr(`${this.functionName}-`, 0, 38),
      description: 'Runs a LambdaCron task: publish results, write logs.',
      assumeRolePolicy: assumeRolePolicy('lambda.amazonaws.com'),
    });
    this.executionPolicy = new IamRolePolicy(this, 'execution_policy', {
      name: 'lambdacron-task',
      role: this.executionRole.id,
      policy: policyDocument([
        {
          sid: 'PublishResults',
          actions: ['sns:Publish'],
          resources: [props.snsTopicArn],
        },
        {
          sid: 'WriteOwnLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [`${this.logGroup.arn}:*`],
        },
      ]),
    });

    const environment = checkedEnvironment(
      this,
      'environment',
      Fn.merge([
        settings.environment,
        {
          SNS_TOPIC_ARN: props.snsTopicArn,
          LAMBDACRON_TASK_NAME: this.functionName,
          LAMBDACRON_ERROR_RESULT_TYPE: settings.errorResultType,
        },
      ]) as unknown as Record<string, string>,
      'move large values to SSM Parameter Store or S3 and pass their names.',
    );
    this.function = new LambdaFunction(this, 'function', {
      functionName: this.functionName,
      description: 'A LambdaCron scheduled task.',
      packageType: 'Image',
      imageUri: props.lambdaImageUri,
      role: this.executionRole.arn,
      timeout: settings.timeoutSeconds,
      memorySize: settings.memorySizeMb,
      environment: { variables: environment.variables },
      lifecycle: { precondition: environment.precondition },
      dependsOn: [this.logGroup, this.executionPolicy],
    });

    this.scheduleDeadLetterQueue = new SqsQueue(this, 'schedule_dlq', {
      name: `${this.functionName}-schedule-dlq`,
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: 1_209_600,
    });

    const schedulerRole = new IamRole(this, 'scheduler_role', {
      namePrefix: Fn.substr(`${this.functionName}-`, 0, 38),
      description: 'Lets EventBridge Scheduler invoke one LambdaCron task.',
      assumeRolePolicy: assumeRolePolicy('scheduler.amazonaws.com', {
        StringEquals: { 'aws:SourceAccount': topic.account },
      }),
    });
    const schedulerPolicy = new IamRolePolicy(this, 'scheduler_policy', {
      name: 'lambdacron-schedule',
      role: schedulerRole.id,
      policy: policyDocument([
        {
          sid: 'InvokeTask',
          actions: ['lambda:InvokeFunction'],
          resources: [this.function.arn],
        },
        {
          sid: 'DeadLetterUndelivered',
          actions: ['sqs:SendMessage'],
          resources: [this.scheduleDeadLetterQueue.arn],
        },
      ]),
    });

    this.schedule = new SchedulerSchedule(this, 'schedule', {
      name: this.functionName,
      description: 'Runs a LambdaCron task.',
      scheduleExpression: props.scheduleExpression,
      scheduleExpressionTimezone: settings.scheduleTimezone,
      // A Terraform expression: in a module, `enabled` is only known at plan.
      state: Fn.conditional(settings.enabled, 'ENABLED', 'DISABLED'),
      flexibleTimeWindow: { mode: 'OFF' },
      target: {
        arn: this.function.arn,
        roleArn: schedulerRole.arn,
        input: scheduledEventInput(this.functionName),
        retryPolicy: {
          maximumRetryAttempts: settings.retryMaxAttempts,
          maximumEventAgeInSeconds: settings.retryMaxEventAgeSeconds,
        },
        deadLetterConfig: { arn: this.scheduleDeadLetterQueue.arn },
      },
      dependsOn: [schedulerPolicy],
    });
  }
}
