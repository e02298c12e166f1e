import type { Construct } from 'constructs';

import {
  CloudwatchMetricAlarm,
  LambdaEventSourceMapping,
  LambdaFunctionEventInvokeConfig,
  SqsQueue,
} from '../internal/aws.js';
import { Fn, Op } from '../internal/cdktf.js';

/** SQS's longest retention, 14 days. */
const RETENTION_SECONDS = 1_209_600;

/** Receives of a failure record before it is dead-lettered. */
const FAILURE_RECORD_MAX_RECEIVES = 3;

/** The queues that catch what could not run or be reported. */
export interface TaskQueues {
  /** Holds invocations Scheduler could not deliver and failure records that could not be reported. */
  readonly deadLetterQueue: SqsQueue;
  /** Receives a record from Lambda for every run that failed for good. */
  readonly failureQueue: SqsQueue;
}

/**
 * Creates the task's dead-letter queue and its failure queue. Lambda's own
 * failure destinations cannot publish to a FIFO topic, so a failed run
 * (a throw, a timeout, a crash) is sent to a standard queue the task
 * function itself consumes: the runtime turns each record into one `error`
 * result on the results topic, with the tick's deduplication id.
 */
export function createTaskQueues(
  scope: Construct,
  props: {
    readonly taskName: string;
    readonly timeoutSeconds: number;
    readonly tags: Record<string, string>;
  },
): TaskQueues {
  const deadLetterQueue = new SqsQueue(scope, 'dead_letter_queue', {
    name: `${props.taskName}-dlq`,
    sqsManagedSseEnabled: true,
    messageRetentionSeconds: RETENTION_SECONDS,
    tags: props.tags,
  });
  const failureQueue = new SqsQueue(scope, 'failure_queue', {
    name: `${props.taskName}-failures`,
    sqsManagedSseEnabled: true,
    messageRetentionSeconds: RETENTION_SECONDS,
    visibilityTimeoutSeconds: Op.mul(props.timeoutSeconds, 6),
    redrivePolicy: Fn.jsonencode({
      deadLetterTargetArn: deadLetterQueue.arn,
      maxReceiveCount: FAILURE_RECORD_MAX_RECEIVES,
    }),
    tags: props.tags,
  });

  return { deadLetterQueue, failureQueue };
}

/**
 * Wires failed runs to the failure queue and the failure queue back to the
 * function, and raises alarms on failed runs and on dead letters.
 */
export function wireFailureReporting(
  scope: Construct,
  props: {
    readonly taskName: string;
    readonly functionName: string;
    readonly queues: TaskQueues;
    readonly runRetryAttempts: number;
    readonly alarmActions: string[];
    readonly tags: Record<string, string>;
  },
): void {
  new LambdaFunctionEventInvokeConfig(scope, 'invoke_config', {
    functionName: props.functionName,
    maximumRetryAttempts: props.runRetryAttempts,
    destinationConfig: {
      onFailure: { destination: props.queues.failureQueue.arn },
    },
  });
  new LambdaEventSourceMapping(scope, 'failure_mapping', {
    eventSourceArn: props.queues.failureQueue.arn,
    functionName: props.functionName,
    batchSize: 1,
    functionResponseTypes: ['ReportBatchItemFailures'],
  });

  new CloudwatchMetricAlarm(scope, 'errors_alarm', {
    alarmName: `${props.taskName}-errors`,
    alarmDescription: `A run of the LambdaCron task ${props.taskName} failed.`,
    namespace: 'AWS/Lambda',
    metricName: 'Errors',
    dimensions: { FunctionName: props.functionName },
    statistic: 'Sum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 0,
    comparisonOperator: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
    alarmActions: props.alarmActions,
    tags: props.tags,
  });
  new CloudwatchMetricAlarm(scope, 'dead_letter_alarm', {
    alarmName: `${props.taskName}-dead-letters`,
    alarmDescription: `Runs of ${props.taskName} could not be invoked or their failure could not be reported; see ${props.taskName}-dlq.`,
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: props.queues.deadLetterQueue.name },
    statistic: 'Maximum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 0,
    comparisonOperator: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
    alarmActions: props.alarmActions,
    tags: props.tags,
  });
}
