import { Construct } from 'constructs';

import {
  CloudwatchLogGroup,
  CloudwatchMetricAlarm,
  IamRole,
  IamRolePolicy,
  LambdaEventSourceMapping,
  LambdaFunction,
  SnsTopicSubscription,
  SqsQueue,
  SqsQueuePolicy,
  SqsQueueRedriveAllowPolicy,
} from '../internal/aws.js';
import { Fn, Op, Token } from '../internal/cdktf.js';
import {
  assumeRolePolicy,
  policyDocument,
  policyDocumentWith,
} from '../internal/iam.js';
import { checkedEnvironment } from '../internal/lambda-environment.js';
import { isUnresolved } from '../internal/tokens.js';
import { resourceName } from '../internal/unique-name.js';
import { arnFields } from '../internal/arn.js';
import { ChannelTemplates } from './channel-templates.js';
import { kmsDecryptStatement, queueEncryption } from './encryption.js';
import {
  DEAD_LETTER_RETENTION_SECONDS,
  NOTIFICATION_CHANNEL_DEFAULTS,
  VISIBILITY_TIMEOUT_PER_FUNCTION_TIMEOUT,
} from './notification-channel-props.js';
import type { NotificationChannelProps } from './notification-channel-props.js';
import { validateNotificationChannelProps } from './validate-props.js';
import {
  ALL_RESULT_TYPES,
  channelQueueNames,
  resultTypeFilterPolicy,
  subscribesToAllResultTypes,
} from './wiring.js';

/**
 * The plumbing every LambdaCron notification channel shares: an SNS
 * subscription filtered on `result_type` → a FIFO SQS queue (deduplicating)
 * with a FIFO dead-letter queue → the channel's handler Lambda, fed by an
 * event source mapping that reports failed records one by one.
 *
 * Nothing is dropped: a record the handler fails is retried until
 * `maxReceiveCount`, then kept 14 days in the dead-letter queue, which
 * raises an alarm; a message SNS cannot deliver to the queue goes there too.
 *
 * @example
 * new NotificationChannel(stack, 'channel', {
 *   channel: 'email',
 *   snsTopicArn: topic.arn,
 *   resultTypes: ['daily-report'],
 *   lambdaImageUri: image,
 *   environment: { EMAIL_SENDER: 'reports@example.com' },
 *   deliveryStatements: [sendAsSender],
 * });
 */
export class NotificationChannel extends Construct {
  /** Name of the queue's channel, function and log group. */
  public readonly channelName: string;
  public readonly queue: SqsQueue;
  public readonly deadLetterQueue: SqsQueue;
  public readonly subscription: SnsTopicSubscription;
  public readonly function: LambdaFunction;
  public readonly role: IamRole;
  /** The role's inline policy, for review. */
  public readonly rolePolicy: IamRolePolicy;
  public readonly logGroup: CloudwatchLogGroup;
  public readonly eventSourceMapping: LambdaEventSourceMapping;
  public readonly deadLetterAlarm: CloudwatchMetricAlarm;
  /** Where the templates travel (inline or S3). */
  public readonly templates: ChannelTemplates;

  constructor(scope: Construct, id: string, props: NotificationChannelProps) {
    super(scope, id);
    validateNotificationChannelProps(props);

    const settings = { ...NOTIFICATION_CHANNEL_DEFAULTS, ...props };
    this.channelName = resourceName(this, 'name', {
      requested: props.name,
      prefix: `lambdacron-${props.channel}`,
    });
    const names = channelQueueNames(this.channelName);
    const encryption = queueEncryption(props.kmsKeyArn);

    this.deadLetterQueue = new SqsQueue(this, 'dead_letter_queue', {
      name: names.deadLetterQueueName,
      fifoQueue: true,
      ...encryption,
      messageRetentionSeconds: DEAD_LETTER_RETENTION_SECONDS,
    });
    this.queue = new SqsQueue(this, 'queue', {
      name: names.queueName,
      fifoQueue: true,
      ...encryption,
      visibilityTimeoutSeconds: Op.mul(
        settings.timeoutSeconds,
        VISIBILITY_TIMEOUT_PER_FUNCTION_TIMEOUT,
      ),
      redrivePolicy: Fn.jsonencode({
        deadLetterTargetArn: this.deadLetterQueue.arn,
        maxReceiveCount: settings.maxReceiveCount,
      }),
    });
    new SqsQueueRedriveAllowPolicy(this, 'redrive_allow_policy', {
      queueUrl: this.deadLetterQueue.url,
      redriveAllowPolicy: Fn.jsonencode({
        redrivePermission: 'byQueue',
        sourceQueueArns: [this.queue.arn],
      }),
    });

    const queuePolicy = new SqsQueuePolicy(this, 'queue_policy', {
      queueUrl: this.queue.url,
      policy: snsMaySend(this.queue.arn, props.snsTopicArn),
    });
    new SqsQueuePolicy(this, 'dead_letter_queue_policy', {
      queueUrl: this.deadLetterQueue.url,
      policy: snsMaySend(this.deadLetterQueue.arn, props.snsTopicArn),
    });

    this.subscription = new SnsTopicSubscription(this, 'subscription', {
      topicArn: props.snsTopicArn,
      protocol: 'sqs',
      endpoint: this.queue.arn,
      rawMessageDelivery: true,
      ...subscriptionFilter(props.resultTypes),
      redrivePolicy: Fn.jsonencode({
        deadLetterTargetArn: this.deadLetterQueue.arn,
      }),
      dependsOn: [queuePolicy],
    });

    this.templates = new ChannelTemplates(this, 'templates', {
      channelName: this.channelName,
      partition: arnFields(props.snsTopicArn).partition,
      templates: props.templates ?? [],
      bucketName: props.templateBucket,
    });

    this.logGroup = new CloudwatchLogGroup(this, 'log_group', {
      name: `/aws/lambda/${this.channelName}`,
      retentionInDays: settings.logRetentionDays,
    });

    this.role = new IamRole(this, 'role', {
      namePrefix: Fn.substr(`${this.channelName}-`, 0, 38),
      description: `Runs a LambdaCron ${props.channel} channel handler.`,
      assumeRolePolicy: assumeRolePolicy('lambda.amazonaws.com'),
    });
    this.rolePolicy = new IamRolePolicy(this, 'role_policy', {
      name: `lambdacron-${props.channel}-channel`,
      role: this.role.id,
      policy: policyDocumentWith(
        [
          {
            sid: 'ConsumeOwnQueue',
            actions: [
              'sqs:ReceiveMessage',
              'sqs:DeleteMessage',
              'sqs:ChangeMessageVisibility',
              'sqs:GetQueueAttributes',
            ],
            resources: [this.queue.arn],
          },
          {
            sid: 'WriteOwnLogs',
            actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            resources: [Fn.format('%s:*', [this.logGroup.arn])],
          },
          ...props.deliveryStatements,
        ],
        [
          ...this.templates.readStatements,
          ...(props.optionalStatements ?? []),
          ...kmsDecryptStatement(props.kmsKeyArn),
        ],
      ),
    });

    const environment = checkedEnvironment(
      this,
      'environment',
      {
        ...props.environment,
        ...this.templates.environment,
        LAMBDACRON_CHANNEL: props.channel,
        LOG_LEVEL: settings.logLevel,
      },
      'shorten the templates or the recipient list.',
    );
    this.function = new LambdaFunction(this, 'function', {
      functionName: this.channelName,
      description: `Delivers LambdaCron results by ${props.channel}.`,
      packageType: 'Image',
      imageUri: props.lambdaImageUri,
      role: this.role.arn,
      timeout: settings.timeoutSeconds,
      memorySize: settings.memorySizeMb,
      environment: { variables: environment.variables },
      lifecycle: { precondition: environment.precondition },
      dependsOn: [this.logGroup, this.rolePolicy],
    });

    this.eventSourceMapping = new LambdaEventSourceMapping(
      this,
      'event_source_mapping',
      {
        eventSourceArn: this.queue.arn,
        functionName: this.function.arn,
        batchSize: settings.batchSize,
        // Without it, one failed record fails the whole batch, and records
        // that were delivered would be delivered again.
        functionResponseTypes: ['ReportBatchItemFailures'],
      },
    );

    addScalingConfig(this.eventSourceMapping, props.maximumConcurrency);

    this.deadLetterAlarm = new CloudwatchMetricAlarm(
      this,
      'dead_letter_alarm',
      {
        alarmName: `${this.channelName}-dead-letters`,
        alarmDescription: `LambdaCron ${props.channel} messages could not be delivered; they wait in ${names.deadLetterQueueName}.`,
        namespace: 'AWS/SQS',
        metricName: 'ApproximateNumberOfMessagesVisible',
        dimensions: { QueueName: this.deadLetterQueue.name },
        statistic: 'Maximum',
        period: 300,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: 'GreaterThanThreshold',
        treatMissingData: 'notBreaching',
        alarmActions: settings.alarmActions,
      },
    );
  }
}

/**
 * The subscription's filter on `result_type`, or none for `['*']` (every
 * result type). Decided by Terraform when the list is a module input.
 */
function subscriptionFilter(resultTypes: string[]): {
  filterPolicyScope?: string;
  filterPolicy?: string;
} {
  const filter = Fn.jsonencode(resultTypeFilterPolicy(resultTypes));
  if (!isUnresolved(resultTypes)) {
    return subscribesToAllResultTypes(resultTypes)
      ? {}
      : { filterPolicyScope: 'MessageAttributes', filterPolicy: filter };
  }

  const all = Fn.contains(resultTypes, ALL_RESULT_TYPES);

  return {
    filterPolicyScope: Fn.conditional(
      all,
      Token.nullValue(),
      'MessageAttributes',
    ) as string,
    filterPolicy: Fn.conditional(all, Token.nullValue(), filter) as string,
  };
}

/** The mapping's `scaling_config`, present only with a maximum concurrency. */
function addScalingConfig(
  mapping: LambdaEventSourceMapping,
  maximumConcurrency: number | undefined,
): void {
  if (maximumConcurrency === undefined) {
    return;
  }
  if (!isUnresolved(maximumConcurrency)) {
    mapping.putScalingConfig({ maximumConcurrency });
    return;
  }

  // A module input that may be null: a dynamic block with zero or one entry.
  mapping.addOverride('dynamic.scaling_config', {
    for_each: Fn.conditional(
      Op.eq(maximumConcurrency, Token.nullValue()),
      [],
      [maximumConcurrency],
    ),
    content: { maximum_concurrency: '${scaling_config.value}' },
  });
}

/** A queue policy letting SNS send to `queueArn` only from `topicArn`. */
function snsMaySend(queueArn: string, topicArn: string): string {
  return policyDocument([
    {
      sid: 'AllowResultsTopic',
      principals: { Service: 'sns.amazonaws.com' },
      actions: ['sqs:SendMessage'],
      resources: [queueArn],
      conditions: { ArnEquals: { 'aws:SourceArn': topicArn } },
    },
  ]);
}
