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
  /**
   * Lambda's retries of a run that failed, 0–2. Retries of one tick publish
   * the same deduplication ids, so results are not repeated. @default 0
   */
  readonly runRetryAttempts?: number;
  /** Let Scheduler start a run up to this many minutes late, 1–1440. @default off */
  readonly flexibleTimeWindowMinutes?: number;
  /** First moment the schedule may run (RFC 3339). @default now */
  readonly scheduleStartDate?: string;
  /** Last moment the schedule may run (RFC 3339). @default never ends */
  readonly scheduleEndDate?: string;
  /** Instruction set of the image. @default 'x86_64' */
  readonly architecture?: string;
  /** Overrides the image's CMD, e.g. `['app.handler']`. @default the image's CMD */
  readonly imageCommand?: string[];
  /**
   * Concurrent runs reserved for the task; 1 keeps runs from overlapping
   * (a run due while another is running waits), -1 reserves none.
   * @default -1
   */
  readonly reservedConcurrency?: number;
  /** Managed policies to attach, by a stable key of your choice. @default {} */
  readonly managedPolicyArns?: Record<string, string>;
  /** Inline policy documents (JSON) to add, by a stable key. @default {} */
  readonly inlinePolicies?: Record<string, string>;
  /** Run the function in these subnets with these security groups. @default no VPC */
  readonly vpcConfig?: TaskVpcConfig;
  /** KMS key of an encrypted results topic, which publishing must use. @default none */
  readonly snsTopicKmsKeyArn?: string;
  /** Where the failure and dead-letter alarms notify (standard SNS topics). @default [] */
  readonly alarmActions?: string[];
  /** Tags for every resource that takes them. @default {} */
  readonly tags?: Record<string, string>;
}

/** Where a task function runs inside a VPC. */
export interface TaskVpcConfig {
  readonly subnetIds: string[];
  readonly securityGroupIds: string[];
}

/** Instruction sets Lambda runs images for. */
export const LAMBDA_ARCHITECTURES = ['x86_64', 'arm64'] as const;

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
  runRetryAttempts: 0,
  architecture: 'x86_64',
  reservedConcurrency: -1,
  managedPolicyArns: {} as Record<string, string>,
  inlinePolicies: {} as Record<string, string>,
  alarmActions: [] as string[],
  tags: {} as Record<string, string>,
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
  checkRange('runRetryAttempts', props.runRetryAttempts, 0, 2);
  checkRange(
    'flexibleTimeWindowMinutes',
    props.flexibleTimeWindowMinutes,
    1,
    1440,
  );
  checkRange('reservedConcurrency', props.reservedConcurrency, -1, 1000);
  checkPattern('architecture', props.architecture, '^(x86_64|arm64)$', {
    rule: 'must be x86_64 or arm64',
    fix: 'use the instruction set the image was built for',
  });
}
