import { Construct } from 'constructs';

import { arnFields } from '../internal/arn.js';
import {
  CloudwatchLogGroup,
  type IamRole,
  type IamRolePolicy,
  LambdaFunction,
  type SchedulerSchedule,
  type SqsQueue,
} from '../internal/aws.js';
import { Fn, Op, Token } from '../internal/cdktf.js';
import { checkedEnvironment } from '../internal/lambda-environment.js';
import { resourceName } from '../internal/unique-name.js';
import { createExecutionRole } from './execution-role.js';
import { createTaskQueues, wireFailureReporting } from './failure-reporting.js';
import {
  SCHEDULED_LAMBDA_DEFAULTS,
  validateScheduledLambdaProps,
} from './scheduled-lambda-props.js';
import type { ScheduledLambdaProps } from './scheduled-lambda-props.js';
import { createTaskSchedule } from './task-schedule.js';
import { validateSchedule } from './validate-schedule.js';

/**
 * A container-image Lambda function run on a schedule by EventBridge
 * Scheduler, allowed to publish its results to one SNS topic.
 *
 * It creates the function and its log group; an execution role that may
 * only publish to `snsTopicArn`, write that log group and use its own
 * failure queue; the schedule, whose role may only invoke this function;
 * a dead-letter queue for invocations Scheduler could not deliver; and the
 * failure reporting that turns every failed run into one `error` result.
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
  /** The execution role's LambdaCron policy, for review. */
  public readonly executionPolicy: IamRolePolicy;
  public readonly logGroup: CloudwatchLogGroup;
  public readonly schedule: SchedulerSchedule;
  public readonly deadLetterQueue: SqsQueue;
  public readonly failureQueue: SqsQueue;

  constructor(scope: Construct, id: string, props: ScheduledLambdaProps) {
    super(scope, id);
    validateScheduledLambdaProps(props);
    validateSchedule(this, props.scheduleExpression, props.scheduleTimezone);

    const settings = { ...SCHEDULED_LAMBDA_DEFAULTS, ...props };
    const topic = arnFields(props.snsTopicArn);
    const tags = settings.tags;
    this.functionName = resourceName(this, 'name', {
      requested: props.name,
      prefix: 'lambdacron-task',
    });

    this.logGroup = new CloudwatchLogGroup(this, 'log_group', {
      name: `/aws/lambda/${this.functionName}`,
      retentionInDays: settings.logRetentionDays,
      tags,
    });
    const queues = createTaskQueues(this, {
      taskName: this.functionName,
      timeoutSeconds: settings.timeoutSeconds,
      tags,
    });
    this.deadLetterQueue = queues.deadLetterQueue;
    this.failureQueue = queues.failureQueue;

    const vpc = props.vpcConfig ?? Token.nullValue();
    const inVpc = Op.neq(vpc, Token.nullValue());
    const role = createExecutionRole(this, {
      taskName: this.functionName,
      partition: topic.partition,
      snsTopicArn: props.snsTopicArn,
      logGroupArn: this.logGroup.arn,
      failureQueueArn: this.failureQueue.arn,
      snsTopicKmsKeyArn: props.snsTopicKmsKeyArn,
      managedPolicyArns: settings.managedPolicyArns,
      inlinePolicies: settings.inlinePolicies,
      inVpc,
      tags,
    });
    this.executionRole = role.role;
    this.executionPolicy = role.policy;

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
      architectures: [settings.architecture],
      imageConfig: { command: props.imageCommand },
      role: this.executionRole.arn,
      timeout: settings.timeoutSeconds,
      memorySize: settings.memorySizeMb,
      reservedConcurrentExecutions: settings.reservedConcurrency,
      environment: { variables: environment.variables },
      tags,
      lifecycle: { precondition: environment.precondition },
      dependsOn: [this.logGroup, this.executionPolicy],
    });

    // vpc_config is a single optional block: present only inside a VPC. The
    // bindings model it as one object, so the dynamic block is an override.
    this.function.addOverride('dynamic.vpc_config', {
      for_each: Fn.conditional(inVpc, [vpc], []),
      content: {
        subnet_ids: '${vpc_config.value.subnet_ids}',
        security_group_ids: '${vpc_config.value.security_group_ids}',
      },
    });

    wireFailureReporting(this, {
      taskName: this.functionName,
      functionName: this.function.functionName,
      queues,
      runRetryAttempts: settings.runRetryAttempts,
      alarmActions: settings.alarmActions,
      tags,
    });

    this.schedule = createTaskSchedule(this, {
      taskName: this.functionName,
      functionArn: this.function.arn,
      deadLetterQueueArn: this.deadLetterQueue.arn,
      account: topic.account,
      expression: props.scheduleExpression,
      timezone: settings.scheduleTimezone,
      enabled: settings.enabled,
      flexibleTimeWindowMinutes: props.flexibleTimeWindowMinutes,
      startDate: props.scheduleStartDate,
      endDate: props.scheduleEndDate,
      retryMaxAttempts: settings.retryMaxAttempts,
      retryMaxEventAgeSeconds: settings.retryMaxEventAgeSeconds,
      tags,
    });
  }
}
