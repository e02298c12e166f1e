import type { ModuleDefinition } from '../internal/module-definition.js';
import {
  ECR_IMAGE_URI_PATTERN,
  RESOURCE_NAME_PATTERN,
  RESULT_TYPE_PATTERN,
  SNS_TOPIC_ARN_PATTERN,
  hclMatches,
} from '../internal/patterns.js';
import { ScheduledLambda } from './scheduled-lambda.js';
import { SCHEDULED_LAMBDA_DEFAULTS as defaults } from './scheduled-lambda-props.js';
import { scheduleVariables } from './schedule-variables.js';
import { taskVariables } from './task-variables.js';

/** The `scheduled-lambda` Terraform module. */
export const scheduledLambdaModule: ModuleDefinition = {
  name: 'scheduled-lambda',
  summary: `
Runs a container-image AWS Lambda function on a schedule and lets it publish
its results to one shared SNS topic, where LambdaCron's notification modules
pick them up by \`result_type\`. EventBridge Scheduler invokes the function
(in any IANA time zone) through a role that may invoke only this function;
the function's role may only publish to the given topic and write to its own
log group. Invocations Scheduler cannot deliver end in a dead-letter queue.
`,
  usage: `
resource "aws_sns_topic" "results" {
  name                        = "lambdacron-results.fifo"
  fifo_topic                  = true
  content_based_deduplication = false
}

module "my_scheduled_lambda" {
  source              = "./generated-modules/scheduled-lambda"
  lambda_image_uri    = "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest"
  schedule_expression = "rate(5 minutes)"
  sns_topic_arn       = aws_sns_topic.results.arn
}
`,
  sections: `
## The event the task receives

Scheduler sends the shape of an EventBridge "Scheduled Event"; \`time\` is the
tick's scheduled time and stays the same on retries, so the runtime can
deduplicate a tick (see [docs/contract.md](../../docs/contract.md)):

\`\`\`json
{
  "version": "0",
  "id": "<execution id>",
  "detail-type": "Scheduled Event",
  "source": "lambdacron.scheduler",
  "time": "2026-12-03T09:00:00Z",
  "resources": ["arn:aws:scheduler:…:schedule/default/<name>"],
  "detail": { "task_name": "<name>", "attempt": "1" }
}
\`\`\`

## When a run fails

Every failed run produces exactly one result of type \`error_result_type\`
(default \`error\`) on the topic, so any channel subscribed to that type
hears of it:

\`\`\`json
{
  "task_name": "<name>",
  "scheduled_time": "2026-12-03T09:00:00Z",
  "error_name": "RangeError",
  "error_message": "upstream API returned 500",
  "log_group": "/aws/lambda/<name>",
  "log_stream": "2026/12/03/[$LATEST]…",
  "logs_url": "https://us-west-2.console.aws.amazon.com/cloudwatch/home?…"
}
\`\`\`

A throw or a timeout is reported by the run itself (the runtime publishes
shortly before the deadline). A crash cannot be: Lambda sends the failed
run to the task's failure queue (AWS's failure destinations cannot publish
to a FIFO topic), the same function consumes it and publishes the error
result. Both carry the tick's deduplication id, so a failure is reported
once. What cannot be reported, and invocations Scheduler could not deliver,
end in the task's dead-letter queue; alarms on failed runs and on dead
letters notify \`alarm_actions\`. \`run_retry_attempts\` (default 0) lets
Lambda retry a failed run.

## IAM

The execution role may publish to \`sns_topic_arn\` (and use
\`sns_topic_kms_key_arn\` when given), write its own log group and use its
own failure queue; nothing uses a \`*\` resource. Extra permissions go in
\`managed_policy_arns\` and \`inline_policies\`. With \`vpc_config\`, AWS's
\`AWSLambdaVPCAccessExecutionRole\` is attached: network interfaces cannot
be scoped to resources. The scheduler role may only invoke this function
and dead-letter to its queue.

## Names

Without \`name\`, the module names its resources \`lambdacron-task-<8 hex
digits>\`, drawn once at the first apply and kept in state, so two instances
never collide and a name never changes. The name is therefore shown as
"known after apply" in the first plan.
`,
  build(stack) {
    const imageUri = stack.variable({
      name: 'lambda_image_uri',
      type: 'string',
      description:
        "URI of the task's container image in Amazon ECR, by tag or by digest (a digest redeploys the function when the image changes).",
      validations: [
        {
          condition: hclMatches('var.lambda_image_uri', ECR_IMAGE_URI_PATTERN),
          errorMessage:
            'The lambda_image_uri value must be an Amazon ECR image URI such as 123456789012.dkr.ecr.us-west-2.amazonaws.com/my-lambda:latest or …/my-lambda@sha256:<64 hex digits>.',
        },
      ],
    });
    const schedule = scheduleVariables(stack);
    const topicArn = stack.variable({
      name: 'sns_topic_arn',
      type: 'string',
      description:
        'ARN of the shared SNS topic the task publishes its results to (FIFO topics get per-tick deduplication).',
      validations: [
        {
          condition: hclMatches('var.sns_topic_arn', SNS_TOPIC_ARN_PATTERN),
          errorMessage:
            'The sns_topic_arn value must be an SNS topic ARN such as arn:aws:sns:us-west-2:123456789012:lambdacron-results.fifo.',
        },
      ],
    });
    const name = stack.variable({
      name: 'name',
      type: 'string',
      default: null,
      description:
        'Name of the function, its schedule and log group (at most 64 letters, digits, hyphens and underscores); null derives a unique name.',
      validations: [
        {
          condition: `var.name == null || (${hclMatches('var.name', RESOURCE_NAME_PATTERN)} && length(coalesce(var.name, "x")) <= 64)`,
          errorMessage:
            'The name value must be 1 to 64 letters, digits, hyphens and underscores, starting with a letter or digit.',
        },
      ],
    });
    const timeout = stack.variable({
      name: 'timeout_seconds',
      type: 'number',
      default: defaults.timeoutSeconds,
      nullable: false,
      description: 'Function timeout in seconds, from 1 to 900.',
      validations: [integerRange('timeout_seconds', 1, 900)],
    });
    const memory = stack.variable({
      name: 'memory_size_mb',
      type: 'number',
      default: defaults.memorySizeMb,
      nullable: false,
      description: 'Function memory in MB, from 128 to 10240.',
      validations: [integerRange('memory_size_mb', 128, 10_240)],
    });
    const retention = stack.variable({
      name: 'log_retention_days',
      type: 'number',
      default: defaults.logRetentionDays,
      nullable: false,
      description:
        "Days CloudWatch Logs keeps the task's logs: one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, or 0 to keep them forever.",
      validations: [
        {
          condition:
            'contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)',
          errorMessage:
            'The log_retention_days value must be one of the retention periods CloudWatch Logs accepts: 0 (forever), 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653.',
        },
      ],
    });
    const environment = stack.variable({
      name: 'environment',
      type: 'map(string)',
      default: {},
      nullable: false,
      description:
        'Extra environment variables for the task; SNS_TOPIC_ARN and the LAMBDACRON_* variables are set by the module and win on a clash.',
    });
    const errorResultType = stack.variable({
      name: 'error_result_type',
      type: 'string',
      default: defaults.errorResultType,
      nullable: false,
      description:
        'Result type the runtime publishes when a run fails, so channels subscribed to it hear of the failure.',
      validations: [
        {
          condition: hclMatches('var.error_result_type', RESULT_TYPE_PATTERN),
          errorMessage:
            'The error_result_type value must be 1 to 100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit.',
        },
      ],
    });
    const retryAttempts = stack.variable({
      name: 'retry_max_attempts',
      type: 'number',
      default: defaults.retryMaxAttempts,
      nullable: false,
      description:
        'How many times Scheduler retries an invocation it could not deliver, from 0 to 185.',
      validations: [integerRange('retry_max_attempts', 0, 185)],
    });
    const retryAge = stack.variable({
      name: 'retry_max_event_age_seconds',
      type: 'number',
      default: defaults.retryMaxEventAgeSeconds,
      nullable: false,
      description:
        'How long Scheduler keeps retrying an undelivered invocation before dead-lettering it, in seconds from 60 to 86400.',
      validations: [integerRange('retry_max_event_age_seconds', 60, 86_400)],
    });

    const extra = taskVariables(stack);

    const task = new ScheduledLambda(stack, 'task', {
      lambdaImageUri: imageUri.stringValue,
      scheduleExpression: schedule.expression.stringValue,
      scheduleTimezone: schedule.timezone.stringValue,
      enabled: schedule.enabled.value as boolean,
      snsTopicArn: topicArn.stringValue,
      name: name.stringValue,
      timeoutSeconds: timeout.numberValue,
      memorySizeMb: memory.numberValue,
      logRetentionDays: retention.numberValue,
      environment: environment.value,
      errorResultType: errorResultType.stringValue,
      retryMaxAttempts: retryAttempts.numberValue,
      retryMaxEventAgeSeconds: retryAge.numberValue,
      flexibleTimeWindowMinutes: schedule.flexibleTimeWindowMinutes.numberValue,
      scheduleStartDate: schedule.startDate.stringValue,
      scheduleEndDate: schedule.endDate.stringValue,
      runRetryAttempts: extra.runRetryAttempts.numberValue,
      architecture: extra.architecture.stringValue,
      imageCommand: extra.imageCommand.listValue,
      reservedConcurrency: extra.reservedConcurrency.numberValue,
      managedPolicyArns: extra.managedPolicyArns.value,
      inlinePolicies: extra.inlinePolicies.value,
      vpcConfig: extra.vpcConfig.value,
      snsTopicKmsKeyArn: extra.snsTopicKmsKeyArn.stringValue,
      alarmActions: extra.alarmActions.listValue,
      tags: extra.tags.value,
    });

    stack.output({
      name: 'function_name',
      description:
        'Name of the task function (also the task name in its results).',
      value: task.functionName,
    });
    stack.output({
      name: 'function_arn',
      description: 'ARN of the task function.',
      value: task.function.arn,
    });
    stack.output({
      name: 'execution_role_arn',
      description:
        "ARN of the function's execution role, for attaching extra permissions.",
      value: task.executionRole.arn,
    });
    stack.output({
      name: 'execution_role_policy_json',
      description:
        "The execution role's inline policy document (JSON), to review what the task may do.",
      value: task.executionPolicy.policy,
    });
    stack.output({
      name: 'log_group_name',
      description: 'Name of the CloudWatch log group the task writes to.',
      value: task.logGroup.name,
    });
    stack.output({
      name: 'schedule_arn',
      description: 'ARN of the EventBridge Scheduler schedule.',
      value: task.schedule.arn,
    });
    stack.output({
      name: 'dead_letter_queue_url',
      description:
        'URL of the queue holding invocations Scheduler could not deliver and failures that could not be reported.',
      value: task.deadLetterQueue.url,
    });
    stack.output({
      name: 'failure_queue_url',
      description:
        'URL of the queue Lambda sends failed runs to; the task turns each into an error result.',
      value: task.failureQueue.url,
    });
  },
};

function integerRange(variable: string, min: number, max: number) {
  return {
    condition: `floor(var.${variable}) == var.${variable} && var.${variable} >= ${min} && var.${variable} <= ${max}`,
    errorMessage: `The ${variable} value must be a whole number from ${min} to ${max}.`,
  };
}
