import {
  checkLength,
  checkPattern,
  checkRange,
} from '../internal/prop-checks.js';
import {
  ECR_IMAGE_URI_PATTERN,
  FIFO_SNS_TOPIC_ARN_PATTERN,
  RESOURCE_NAME_PATTERN,
  RESULT_TYPE_PATTERN,
} from '../internal/patterns.js';
import { isUnresolved } from '../internal/tokens.js';
import { KMS_KEY_ARN_PATTERN } from './channel-patterns.js';
import { LambdaCronValidationError } from '../internal/validation-error.js';
import type { NotificationChannelProps } from './notification-channel-props.js';
import {
  FIFO_SUFFIX,
  SQS_QUEUE_NAME_MAX_LENGTH,
  subscribesToAllResultTypes,
} from './wiring.js';

/** Lambda's limit on a function name, which the channel name also is. */
const LAMBDA_FUNCTION_NAME_MAX_LENGTH = 64;

/**
 * Longest channel name: it names the function (64 characters at most) and
 * the dead-letter queue (`<name>-dlq.fifo`, 80 at most).
 */
export const CHANNEL_NAME_MAX_LENGTH = Math.min(
  SQS_QUEUE_NAME_MAX_LENGTH - `-dlq${FIFO_SUFFIX}`.length,
  LAMBDA_FUNCTION_NAME_MAX_LENGTH,
);

/**
 * Throws a `LambdaCronValidationError` on the first bad prop whose value is
 * known at synth time.
 */
export function validateNotificationChannelProps(
  props: NotificationChannelProps,
): void {
  checkPattern('snsTopicArn', props.snsTopicArn, FIFO_SNS_TOPIC_ARN_PATTERN, {
    rule: 'must name a FIFO topic (an ARN ending in ".fifo"), because AWS does not deliver a standard topic to the FIFO queue a channel deduplicates with',
    fix: 'create the results topic with fifo_topic = true and a name ending in ".fifo"',
  });
  checkPattern('lambdaImageUri', props.lambdaImageUri, ECR_IMAGE_URI_PATTERN, {
    rule: 'must be an Amazon ECR image URI with a tag or digest',
    fix: 'use <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> or …@sha256:<digest>',
  });
  checkPattern('name', props.name, RESOURCE_NAME_PATTERN, {
    rule: 'must be letters, digits, hyphens and underscores',
    fix: 'choose a name such as "ops-email"',
  });
  checkLength('name', props.name, CHANNEL_NAME_MAX_LENGTH);
  checkRange('timeoutSeconds', props.timeoutSeconds, 1, 900);
  checkRange('memorySizeMb', props.memorySizeMb, 128, 10_240);
  checkRange('batchSize', props.batchSize, 1, 10);
  checkRange('maxReceiveCount', props.maxReceiveCount, 1, 1000);
  checkRange('maximumConcurrency', props.maximumConcurrency, 2, 1000);
  checkPattern('kmsKeyArn', props.kmsKeyArn, KMS_KEY_ARN_PATTERN, {
    rule: 'must be the ARN of a KMS key or alias',
    fix: 'use arn:aws:kms:<region>:<account>:key/<key id>',
  });
  checkResultTypes(props.resultTypes);
}

function checkResultTypes(resultTypes: string[]): void {
  if (isUnresolved(resultTypes)) {
    return;
  }
  if (resultTypes.length === 0) {
    throw new LambdaCronValidationError({
      prop: 'resultTypes',
      rule: 'must name at least one result type; an empty filter would deliver nothing',
      value: resultTypes,
      fix: 'list the result types this channel should receive, e.g. ["daily-report"], or ["*"] for every type',
    });
  }
  if (subscribesToAllResultTypes(resultTypes)) {
    return;
  }
  for (const resultType of resultTypes) {
    checkPattern('resultTypes', resultType, RESULT_TYPE_PATTERN, {
      rule: 'entries must be 1-100 letters, digits, ".", "_", ":" or "-"',
      fix: 'use result types such as "daily-report"',
    });
  }
}
