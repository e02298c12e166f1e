import {
  ECR_IMAGE_URI_PATTERN,
  RESOURCE_NAME_PATTERN,
  RESULT_TYPE_PATTERN,
  SNS_TOPIC_ARN_PATTERN,
} from '../internal/patterns.js';
import {
  checkLength,
  checkPattern,
  checkRange,
} from '../internal/prop-checks.js';

/** Props of {@link ScheduledLambda}. */
export interface ScheduledLambdaProps {
  /** The task's container image in ECR, by tag or (better) by digest. */
  readonly lambdaImageUri: string;
  /** `rate(…)`, `cron(…)` (AWS's six fields) or `at(…)`. */
  readonly scheduleExpression: string;
  /** The shared results topic the task publishes to. */
  readonly snsTopicArn: string;
  /**
   * Name of the function, schedule and log group.
   * @default `lambdacron-task-<8 hex digits>`, drawn once at the first apply
   */
  readonly name?: string;
  /** IANA time zone the schedule is evaluated in. @default 'UTC' */
  readonly scheduleTimezone?: string;
  /** Whether the schedule runs. @default true */
  readonly enabled?: boolean;
  /** Function timeout, 1–900 seconds. @default 60 */
  readonly timeoutSeconds?: number;
  /** Function memory, 128–10240 MB. @default 512 */
  readonly memorySizeMb?: number;
  /** Days CloudWatch keeps the task's logs. @default 30 */
  readonly logRetentionDays?: number;
  /** Extra environment variables; LambdaCron's own win on a clash. @default {} */
  readonly environment?: Record<string, string>;
  /** Result type published when a run fails. @default 'error' */
  readonly errorResultType?: string;
  /** Scheduler's retries of an invocation it could not deliver, 0–185. @default 2 */
  readonly retryMaxAttempts?: number;
  /** Oldest an undelivered invocation may get before it is dead-lettered, 60–86400 s. @default 3600 */
  readonly retryMaxEventAgeSeconds?: number;
}

/** The values used for props that are left out. */
export const SCHEDULED_LAMBDA_DEFAULTS = {
  scheduleTimezone: 'UTC',
  enabled: true,
  timeoutSeconds: 60,
  memorySizeMb: 512,
  logRetentionDays: 30,
  environment: {} as Record<string, string>,
  errorResultType: 'error',
  retryMaxAttempts: 2,
  retryMaxEventAgeSeconds: 3600,
} as const;

/**
 * Throws a `LambdaCronValidationError` on the first bad prop whose value is
 * known at synth time (values known only to Terraform are checked by the
 * module's variable validation instead).
 */
export function validateScheduledLambdaProps(
  props: ScheduledLambdaProps,
): void {
  checkPattern('lambdaImageUri', props.lambdaImageUri, ECR_IMAGE_URI_PATTERN, {
    rule: 'must be an Amazon ECR image URI with a tag or digest',
    fix: 'use <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> or …@sha256:<digest>',
  });
  checkPattern('snsTopicArn', props.snsTopicArn, SNS_TOPIC_ARN_PATTERN, {
    rule: 'must be an SNS topic ARN',
    fix: 'pass the arn attribute of the results topic',
  });
  checkPattern('name', props.name, RESOURCE_NAME_PATTERN, {
    rule: 'must be letters, digits, hyphens and underscores',
    fix: 'choose a name such as "nightly-report"',
  });
  checkLength('name', props.name, 64);
  checkPattern('errorResultType', props.errorResultType, RESULT_TYPE_PATTERN, {
    rule: 'must be 1-100 letters, digits, ".", "_", ":" or "-"',
    fix: 'use a result type such as "error"',
  });
  checkRange('timeoutSeconds', props.timeoutSeconds, 1, 900);
  checkRange('memorySizeMb', props.memorySizeMb, 128, 10_240);
  checkRange('retryMaxAttempts', props.retryMaxAttempts, 0, 185);
  checkRange(
    'retryMaxEventAgeSeconds',
    props.retryMaxEventAgeSeconds,
    60,
    86_400,
  );
}
