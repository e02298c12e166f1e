import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';

import { TaskTimeoutError } from '../errors.js';
import { parseScheduledEvent } from '../events/scheduled-event.js';
import { JsonLogger, type Logger } from '../logging/logger.js';
import { publishMessages, type SnsSender } from '../publish/publisher.js';
import {
  buildResultMessage,
  type PublishTarget,
} from '../publish/result-message.js';
import { sharedSnsClient } from '../publish/sns-client.js';
import { resolveTaskConfig, type TaskConfig } from './config.js';
import { DEFAULT_TIMEOUT_MARGIN_MS, armDeadline } from './deadline.js';
import { isSqsEvent, parseFailedRun } from './failed-run-record.js';
import { errorResultPayload } from './failure-report.js';
import type {
  ResultMap,
  TaskDefinition,
  TaskHandler,
  TaskInvocationSummary,
} from './types.js';
import { validateTaskOutput } from './validate-output.js';

/** Options of {@link defineTask} and `Task.handler`. */
export interface TaskHandlerOptions {
  /** SNS client. Default: one lazily created client per container. */
  readonly sns?: SnsSender;
  /** Endpoint of the default client (e.g. an emulator). Default: SDK default. */
  readonly snsEndpoint?: string;
  /** Results topic. Default: env `SNS_TOPIC_ARN`. */
  readonly topicArn?: string;
  /** Task name. Default: env `LAMBDACRON_TASK_NAME`, else `AWS_LAMBDA_FUNCTION_NAME`. */
  readonly taskName?: string;
  /** Result type of the failure report. Default: env `LAMBDACRON_ERROR_RESULT_TYPE`, else `error`. */
  readonly errorResultType?: string;
  /** How long before the deadline the timeout report is published. Default: 2000 ms. */
  readonly timeoutMarginMs?: number;
  /** Logger. Default: a {@link JsonLogger} at `LOG_LEVEL`. */
  readonly logger?: Logger;
  /** Environment. Default: `process.env`, read on each invocation. */
  readonly env?: NodeJS.ProcessEnv;
  /** Clock, for manual runs. Default: `() => new Date()`. */
  readonly now?: () => Date;
}

/** Publishes one failure report per invocation, whichever path gets there first. */
class FailureReporter {
  private reported: Promise<void> | undefined;

  constructor(
    private readonly sns: SnsSender,
    private readonly config: TaskConfig,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logger: Logger,
  ) {}

  /**
   * Publishes the error result once. A publish failure is logged; with
   * `rethrow` it is also thrown, so a failure record stays on its queue.
   */
  report(
    error: unknown,
    scheduledTime: string,
    options: { readonly rethrow?: boolean } = {},
  ): Promise<void> {
    this.reported ??= this.publish(error, scheduledTime, options.rethrow);

    return this.reported;
  }

  settled(): Promise<void> {
    return this.reported ?? Promise.resolve();
  }

  private async publish(
    error: unknown,
    scheduledTime: string,
    rethrow = false,
  ): Promise<void> {
    const { topicArn, taskName, errorResultType } = this.config;
    try {
      const payload = errorResultPayload(
        taskName,
        scheduledTime,
        error,
        this.env,
      );
      const message = buildResultMessage(
        { topicArn, taskName, scheduledTime },
        { type: errorResultType, payload },
      );
      await publishMessages(this.sns, topicArn, [message]);
      this.logger.info('error result published', {
        result_type: errorResultType,
      });
    } catch (publishError) {
      this.logger.error('error result could not be published', {
        error: publishError,
      });
      if (rethrow) {
        throw publishError;
      }
    }
  }
}

/**
 * Compiles a task definition into a Lambda handler: parse the tick, run the
 * task, validate and publish its results (contract §2). When the task throws
 * (or the deadline nears) it publishes one error result and rethrows so Lambda
 * records the failure.
 */
export function createTaskHandler<R extends ResultMap>(
  definition: TaskDefinition<R>,
  options: TaskHandlerOptions = {},
): TaskHandler {
  const baseLogger = options.logger ?? new JsonLogger();
  const now = options.now ?? (() => new Date());
  const marginMs = options.timeoutMarginMs ?? DEFAULT_TIMEOUT_MARGIN_MS;

  const handler = async (
    event: unknown,
    context: Context,
  ): Promise<TaskInvocationSummary | SQSBatchResponse> => {
    const env = options.env ?? process.env;
    const config = resolveTaskConfig(options, env);
    const logger = baseLogger.child({
      request_id: context?.awsRequestId,
      task_name: config.taskName,
    });
    const sns = options.sns ?? sharedSnsClient(options.snsEndpoint);
    if (isSqsEvent(event)) {
      return reportFailedRuns(event, { sns, config, env, logger, now });
    }

    const reporter = new FailureReporter(sns, config, env, logger);
    const abort = new AbortController();
    let scheduledTime = now().toISOString();

    const disarm = armDeadline(context ?? {}, marginMs, () => {
      const error = new TaskTimeoutError(
        'Task is about to reach the Lambda timeout.',
        { context: { task_name: config.taskName, margin_ms: marginMs } },
      );
      logger.error('task timing out', { error });
      abort.abort(error);
      void reporter.report(error, scheduledTime);
    });

    try {
      const tick = parseScheduledEvent(event, now);
      scheduledTime = tick.scheduledTime;
      logger.info('task started', {
        scheduled_time: scheduledTime,
        manual: tick.manual,
        attempt: tick.attempt,
      });

      const output = await definition.run({
        tick,
        taskName: config.taskName,
        logger,
        lambdaContext: context,
        event,
        signal: abort.signal,
      });
      const results = validateTaskOutput(output, definition.resultTypes);
      const target: PublishTarget = { ...config, scheduledTime };
      const messages = results.map((result) =>
        buildResultMessage(target, result),
      );
      const outcome = await publishMessages(sns, config.topicArn, messages);

      logger.info('task results published', {
        scheduled_time: scheduledTime,
        results: messages.length,
        result_types: [...new Set(results.map((r) => r.type))],
        sns_calls: outcome.calls,
      });

      return {
        taskName: config.taskName,
        scheduledTime,
        published: outcome.messageIds.length,
        messageIds: outcome.messageIds,
      };
    } catch (error) {
      logger.error('task failed', { error, scheduled_time: scheduledTime });
      await reporter.report(error, scheduledTime);
      throw error;
    } finally {
      disarm();
      await reporter.settled();
    }
  };

  return handler as TaskHandler;
}

/**
 * Turns records from the task's failure queue (sent by Lambda for runs that
 * failed for good: a throw, a timeout or a crash) into error results. Each
 * carries the failed tick's deduplication id, so a run that already
 * reported its own failure is not reported twice.
 */
async function reportFailedRuns(
  event: SQSEvent,
  deps: {
    readonly sns: SnsSender;
    readonly config: TaskConfig;
    readonly env: NodeJS.ProcessEnv;
    readonly logger: Logger;
    readonly now: () => Date;
  },
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const logger = deps.logger.child({ message_id: record.messageId });
    try {
      const failed = parseFailedRun(record.body, record.messageId);
      const tick = parseScheduledEvent(failed.requestPayload, deps.now);
      const reporter = new FailureReporter(
        deps.sns,
        deps.config,
        deps.env,
        logger,
      );
      const error = Object.assign(new Error(failed.errorMessage), {
        name: failed.errorType,
      });
      logger.error('task run failed', {
        scheduled_time: tick.scheduledTime,
        error_name: failed.errorType,
        condition: failed.condition,
      });
      await reporter.report(error, tick.scheduledTime, { rethrow: true });
    } catch (error) {
      logger.error('failed run could not be reported', { error });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }

  return { batchItemFailures };
}
