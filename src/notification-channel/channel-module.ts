import type { ModuleStack } from '../internal/module-stack.js';
import {
  ECR_IMAGE_URI_PATTERN,
  FIFO_SNS_TOPIC_ARN_PATTERN,
  RESOURCE_NAME_PATTERN,
  RESULT_TYPE_PATTERN,
  hclMatches,
  hclString,
} from '../internal/patterns.js';
import {
  DataResource,
  Fn,
  Op,
  Token,
  type TerraformVariable,
} from '../internal/cdktf.js';
import {
  KMS_KEY_ARN_PATTERN,
  S3_BUCKET_NAME_PATTERN,
} from './channel-patterns.js';
import { channelImageUri } from './channel-image.js';
import { INLINE_TEMPLATE_MAX_CHARS } from './channel-templates.js';
import { snsKeyPolicyStatement } from './encryption.js';
import type { NotificationChannel } from './notification-channel.js';
import {
  NOTIFICATION_CHANNEL_DEFAULTS as defaults,
  type ChannelOptions,
} from './notification-channel-props.js';
import { CHANNEL_NAME_MAX_LENGTH } from './validate-props.js';

/** The module inputs every channel module shares, as construct options. */
export interface ChannelVariables {
  readonly options: ChannelOptions;
  /** `lambda_image_uri`: null makes the module build its own image. */
  readonly lambdaImageUri: TerraformVariable;
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'];

/**
 * Declares the inputs every channel module shares (topic, result types,
 * handler image, name, sizing, retries, alarms) on `stack`.
 */
export function channelVariables(
  stack: ModuleStack,
  channel: string,
): ChannelVariables {
  const snsTopicArn = stack.variable({
    name: 'sns_topic_arn',
    type: 'string',
    description:
      'ARN of the shared FIFO SNS topic the tasks publish results to (its name ends in .fifo).',
    validations: [
      {
        condition: hclMatches('var.sns_topic_arn', FIFO_SNS_TOPIC_ARN_PATTERN),
        errorMessage:
          'The sns_topic_arn value must be the ARN of a FIFO SNS topic (ending in ".fifo"): AWS does not deliver a standard topic to the FIFO queue this channel deduplicates with. Create the topic with fifo_topic = true and a name ending in ".fifo".',
      },
    ],
  });
  const resultTypes = stack.variable({
    name: 'result_types',
    type: 'list(string)',
    nullable: false,
    description: `Result types (the result_type message attribute) this ${channel} channel delivers; at least one, or ["*"] for every result type (no filter policy).`,
    validations: [
      {
        condition: 'length(var.result_types) > 0',
        errorMessage:
          'The result_types value must list at least one result type, such as ["daily-report"], or be ["*"] to deliver every result type; an empty list is refused so that it cannot silently mean everything or nothing.',
      },
      {
        condition: `var.result_types == tolist(["*"]) || alltrue([for result_type in var.result_types : can(regex(${hclString(RESULT_TYPE_PATTERN)}, result_type))])`,
        errorMessage:
          'The result_types value must contain only result types of 1 to 100 letters, digits, ".", "_", ":" or "-", each starting with a letter or digit; "*" (every result type) must be the only entry.',
      },
    ],
  });
  const lambdaImageUri = stack.variable({
    name: 'lambda_image_uri',
    type: 'string',
    default: null,
    description: `URI of the ${channel} channel handler's container image in Amazon ECR, by tag or by digest; null builds the bundled handler image with lambda-image-build (needs a builder and the AWS CLI where Terraform runs).`,
    validations: [
      {
        condition: `var.lambda_image_uri == null || ${hclMatches('coalesce(var.lambda_image_uri, "x")', ECR_IMAGE_URI_PATTERN)}`,
        errorMessage:
          'The lambda_image_uri value must be null (build the bundled handler) or an Amazon ECR image URI such as 123456789012.dkr.ecr.us-west-2.amazonaws.com/lambdacron-email:v1 or …@sha256:<64 hex digits>.',
      },
    ],
  });
  const name = stack.variable({
    name: 'name',
    type: 'string',
    default: null,
    description: `Name of the channel's queues, function and log group (at most ${CHANNEL_NAME_MAX_LENGTH} letters, digits, hyphens and underscores); null derives a unique name.`,
    validations: [
      {
        condition: `var.name == null || (${hclMatches('coalesce(var.name, "x")', RESOURCE_NAME_PATTERN)} && length(coalesce(var.name, "x")) <= ${CHANNEL_NAME_MAX_LENGTH})`,
        errorMessage: `The name value must be 1 to ${CHANNEL_NAME_MAX_LENGTH} letters, digits, hyphens and underscores, starting with a letter or digit, Lambda's limit on the function name it becomes.`,
      },
    ],
  });
  const timeoutSeconds = numberVariable(stack, {
    name: 'timeout_seconds',
    description:
      'Handler timeout in seconds, from 1 to 900; the queue hides a received message for six times this.',
    default: defaults.timeoutSeconds,
    min: 1,
    max: 900,
  });
  const memorySizeMb = numberVariable(stack, {
    name: 'memory_size_mb',
    description: 'Handler memory in MB, from 128 to 10240.',
    default: defaults.memorySizeMb,
    min: 128,
    max: 10_240,
  });
  const batchSize = numberVariable(stack, {
    name: 'batch_size',
    description:
      'Records per handler invocation, from 1 to 10 (the FIFO queue limit).',
    default: defaults.batchSize,
    min: 1,
    max: 10,
  });
  const maxReceiveCount = numberVariable(stack, {
    name: 'max_receive_count',
    description:
      'Deliveries of a message before it moves to the dead-letter queue, from 1 to 1000.',
    default: defaults.maxReceiveCount,
    min: 1,
    max: 1000,
  });
  const maximumConcurrency = stack.variable({
    name: 'maximum_concurrency',
    type: 'number',
    default: null,
    description:
      'Most handler invocations the queue trigger runs at once, from 2 to 1000; null sets no limit beyond the account concurrency.',
    validations: [
      {
        condition:
          'var.maximum_concurrency == null || (floor(coalesce(var.maximum_concurrency, 2)) == coalesce(var.maximum_concurrency, 2) && coalesce(var.maximum_concurrency, 2) >= 2 && coalesce(var.maximum_concurrency, 2) <= 1000)',
        errorMessage:
          'The maximum_concurrency value must be null or a whole number from 2 to 1000 (the range Lambda accepts for an SQS trigger).',
      },
    ],
  });
  const kmsKeyArn = stack.variable({
    name: 'kms_key_arn',
    type: 'string',
    default: null,
    description:
      "ARN of a customer managed KMS key encrypting the channel's queues; null uses SQS-managed encryption. The key policy must allow SNS (see the kms_key_policy_statement_json output).",
    validations: [
      {
        condition: `var.kms_key_arn == null || ${hclMatches('coalesce(var.kms_key_arn, "-")', KMS_KEY_ARN_PATTERN)}`,
        errorMessage:
          'The kms_key_arn value must be null or the ARN of a KMS key or alias, such as arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab.',
      },
    ],
  });
  const templateBucket = stack.variable({
    name: 'template_bucket',
    type: 'string',
    default: null,
    description: `Name of an existing S3 bucket for templates longer than ${INLINE_TEMPLATE_MAX_CHARS} characters (they do not fit Lambda's 4 KB environment); null creates a private bucket when a template needs one.`,
    validations: [
      {
        condition: `var.template_bucket == null || ${hclMatches('coalesce(var.template_bucket, "-")', S3_BUCKET_NAME_PATTERN)}`,
        errorMessage:
          'The template_bucket value must be null or an S3 bucket name of 3 to 63 lowercase letters, digits, dots and hyphens.',
      },
    ],
  });
  const logRetentionDays = stack.variable({
    name: 'log_retention_days',
    type: 'number',
    default: defaults.logRetentionDays,
    nullable: false,
    description:
      "Days CloudWatch Logs keeps the handler's logs (a retention period CloudWatch accepts, or 0 for ever).",
    validations: [
      {
        condition:
          'contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)',
        errorMessage:
          'The log_retention_days value must be one of the retention periods CloudWatch Logs accepts: 0 (forever), 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653.',
      },
    ],
  });
  const logLevel = stack.variable({
    name: 'log_level',
    type: 'string',
    default: defaults.logLevel,
    nullable: false,
    description: `Handler log level: ${LOG_LEVELS.join(', ')}. Recipients and rendered content are logged only at debug, redacted.`,
    validations: [
      {
        condition: `contains(${JSON.stringify(LOG_LEVELS)}, var.log_level)`,
        errorMessage: `The log_level value must be one of ${LOG_LEVELS.join(', ')}.`,
      },
    ],
  });
  const alarmActions = stack.variable({
    name: 'alarm_actions',
    type: 'list(string)',
    default: [],
    nullable: false,
    description:
      'ARNs notified when messages reach the dead-letter queue (for example a standard SNS topic; CloudWatch alarms cannot notify FIFO topics).',
  });

  return {
    lambdaImageUri,
    options: {
      snsTopicArn: snsTopicArn.stringValue,
      resultTypes: resultTypes.listValue,
      lambdaImageUri: channelImageUri(stack),
      name: name.stringValue,
      timeoutSeconds: timeoutSeconds.numberValue,
      memorySizeMb: memorySizeMb.numberValue,
      batchSize: batchSize.numberValue,
      maxReceiveCount: maxReceiveCount.numberValue,
      maximumConcurrency: maximumConcurrency.numberValue,
      kmsKeyArn: kmsKeyArn.stringValue,
      templateBucket: templateBucket.stringValue,
      logRetentionDays: logRetentionDays.numberValue,
      logLevel: logLevel.stringValue,
      alarmActions: alarmActions.listValue,
    },
  };
}

/** Declares the outputs every channel module shares. */
export function channelOutputs(
  stack: ModuleStack,
  channel: NotificationChannel,
  options: ChannelOptions,
): void {
  const outputs: [string, string, unknown][] = [
    [
      'channel_name',
      "Name shared by the channel's queues, function and log group.",
      channel.channelName,
    ],
    ['queue_url', "URL of the channel's FIFO queue.", channel.queue.url],
    ['queue_arn', "ARN of the channel's FIFO queue.", channel.queue.arn],
    [
      'dead_letter_queue_url',
      'URL of the FIFO dead-letter queue holding undeliverable messages.',
      channel.deadLetterQueue.url,
    ],
    [
      'dead_letter_queue_arn',
      'ARN of the FIFO dead-letter queue.',
      channel.deadLetterQueue.arn,
    ],
    [
      'subscription_arn',
      'ARN of the SNS subscription filtered on result_type.',
      channel.subscription.arn,
    ],
    [
      'function_name',
      'Name of the channel handler function.',
      channel.function.functionName,
    ],
    [
      'function_arn',
      'ARN of the channel handler function.',
      channel.function.arn,
    ],
    [
      'filter_policy',
      "The subscription's filter policy (JSON): the result types this channel receives.",
      channel.subscription.filterPolicy,
    ],
    ['role_arn', "ARN of the handler's execution role.", channel.role.arn],
    [
      'role_policy_json',
      "The handler role's inline policy document (JSON), to review what the handler may do.",
      channel.rolePolicy.policy,
    ],
    [
      'log_group_name',
      "Name of the handler's CloudWatch log group.",
      channel.logGroup.name,
    ],
    [
      'dead_letter_alarm_arn',
      'ARN of the alarm raised when messages reach the dead-letter queue.',
      channel.deadLetterAlarm.arn,
    ],
    [
      'template_bucket_name',
      'Name of the S3 bucket holding the templates too long for the environment, or null when every template is inline.',
      Fn.conditional(
        Op.eq(channel.templates.bucketName, '-'),
        Token.nullValue(),
        channel.templates.bucketName,
      ),
    ],
    [
      'kms_key_policy_statement_json',
      "The statement (JSON) to add to kms_key_arn's key policy so that SNS can deliver to the encrypted queues; null without a key.",
      Fn.conditional(
        Op.eq(options.kmsKeyArn, Token.nullValue()),
        Token.nullValue(),
        Fn.jsonencode(snsKeyPolicyStatement(options.snsTopicArn)),
      ),
    ],
  ];
  for (const [name, description, value] of outputs) {
    stack.output({ name, description, value });
  }
}

function numberVariable(
  stack: ModuleStack,
  spec: {
    name: string;
    description: string;
    default: number;
    min: number;
    max: number;
  },
) {
  const ref = `var.${spec.name}`;

  return stack.variable({
    name: spec.name,
    type: 'number',
    default: spec.default,
    nullable: false,
    description: spec.description,
    validations: [
      {
        condition: `floor(${ref}) == ${ref} && ${ref} >= ${spec.min} && ${ref} <= ${spec.max}`,
        errorMessage: `The ${spec.name} value must be a whole number from ${spec.min} to ${spec.max}.`,
      },
    ],
  });
}

/**
 * Declares `template` and `template_file` (exactly one of them) and returns
 * the template text as a Terraform expression. The rule spans two inputs,
 * so a precondition checks it (variable validations may reference other
 * variables only from Terraform 1.9).
 */
export function templateInputs(stack: ModuleStack, what: string): string {
  const template = stack.variable({
    name: 'template',
    type: 'string',
    default: null,
    description: `Nunjucks template of the ${what}, as text; set this or template_file.`,
  });
  const templateFile = stack.variable({
    name: 'template_file',
    type: 'string',
    default: null,
    description: `Path of the nunjucks template of the ${what}, relative to the directory Terraform runs in (use path.module for a module-relative path); set this or template.`,
    validations: [
      {
        condition:
          'var.template_file == null || try(fileexists(coalesce(var.template_file, "-")), false)',
        errorMessage:
          'The template_file value must be null or the path of an existing file; relative paths start at the directory Terraform runs in.',
      },
    ],
  });
  const oneGiven = Op.neq(
    Op.eq(template.value, Token.nullValue()),
    Op.eq(templateFile.value, Token.nullValue()),
  );
  new DataResource(stack, 'template_input', {
    input: oneGiven,
    lifecycle: {
      precondition: [
        {
          condition: oneGiven,
          errorMessage:
            'Exactly one of template and template_file must be set: the text of the template, or the path of a file holding it.',
        },
      ],
    },
  });

  // Neither given: an empty text, so that the precondition reports it.
  return Fn.conditional(
    Op.neq(template.value, Token.nullValue()),
    template.stringValue,
    Fn.conditional(
      Op.eq(templateFile.value, Token.nullValue()),
      '',
      Fn.file(Fn.coalesce([templateFile.stringValue, '-'])),
    ),
  ) as string;
}
