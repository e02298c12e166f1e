import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createChannelQueues,
  type ChannelQueues,
} from '../../../src/local-cloud/index.js';
import { silentLogger } from '../../src/logging/logger.js';
import { defineTask } from '../../src/task/define-task.js';
import { drainQueue } from '../helpers/drain-queue.js';
import { schedulerEvent } from '../helpers/events.js';
import { failedRunEvent } from '../helpers/failed-run.js';
import { lambdaContext } from '../helpers/lambda-context.js';
import { startPipeline, type Pipeline } from '../helpers/pipeline.js';

type Results = { report: { total: number } };

/*
 * A failed run reaches the `error` channels exactly once, whichever way it
 * failed: a throw and a timeout are reported by the run itself, and again
 * from the failure record Lambda sends afterwards (deduplicated by the FIFO
 * topic); a crash is reported from the failure record alone. Lambda's
 * destination delivery itself cannot run here: the test hands the task the
 * SQS event its failure queue's event source mapping would.
 */
describe('failed runs (throw, timeout, crash) → one error result', () => {
  let pipeline: Pipeline;
  let alerts: ChannelQueues;

  beforeAll(async () => {
    pipeline = await startPipeline();
    alerts = await createChannelQueues({
      sns: pipeline.sns,
      sqs: pipeline.sqs,
      topicArn: pipeline.topicArn,
      channelName: 'failed-run-alerts',
      resultTypes: ['error'],
    });
  });

  afterAll(() => pipeline.stop());

  function taskRunning(
    taskName: string,
    run: (signal: AbortSignal) => Promise<void>,
  ) {
    return defineTask<Results>(
      { resultTypes: ['report'], run: ({ signal }) => run(signal) },
      {
        sns: pipeline.sns,
        topicArn: pipeline.topicArn,
        taskName,
        logger: silentLogger,
        timeoutMarginMs: 50,
      },
    );
  }

  it.each([
    [
      'a throw',
      'throwing-task',
      async () => {
        throw new Error('upstream returned 500');
      },
      { errorType: 'Error', errorMessage: 'upstream returned 500' },
      'Error',
    ],
    [
      'a timeout',
      'slow-task',
      (signal: AbortSignal) =>
        new Promise<void>((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason)),
        ),
      {
        errorType: 'Sandbox.Timedout',
        errorMessage: 'Task timed out after 1.00 seconds',
      },
      'TaskTimeoutError',
    ],
  ])(
    'reports %s once although the run and its failure record both report it',
    async (_case, taskName, run, response, errorName) => {
      const task = taskRunning(taskName, run);
      const event = schedulerEvent({ time: '2025-01-01T08:00:00Z' });

      await expect(task(event, lambdaContext(300))).rejects.toThrow();
      const fromRecord = await task(
        failedRunEvent(event, response),
        lambdaContext(),
      );
      const received = await drainQueue(pipeline.sqs, alerts.queueUrl);

      expect(fromRecord).toEqual({ batchItemFailures: [] });
      expect(received).toHaveLength(1);
      expect(JSON.parse(received[0]!.Body!)).toMatchObject({
        task_name: taskName,
        scheduled_time: '2025-01-01T08:00:00Z',
        error_name: errorName,
      });
    },
  );

  it('reports a crash, which only the failure record knows of', async () => {
    const task = taskRunning('crashing-task', async () => undefined);
    const event = schedulerEvent({ time: '2025-01-01T09:00:00Z' });

    const fromRecord = await task(
      failedRunEvent(event, {
        errorType: 'Runtime.ExitError',
        errorMessage:
          'RequestId: 1 Error: Runtime exited with error: signal: killed',
      }),
      lambdaContext(),
    );
    const received = await drainQueue(pipeline.sqs, alerts.queueUrl);

    expect(fromRecord).toEqual({ batchItemFailures: [] });
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.Body!)).toMatchObject({
      task_name: 'crashing-task',
      scheduled_time: '2025-01-01T09:00:00Z',
      error_name: 'Runtime.ExitError',
    });
  });

  it('keeps a record it cannot read on the failure queue', async () => {
    const task = taskRunning('any-task', async () => undefined);
    const event = failedRunEvent({}, { errorType: 'x', errorMessage: 'y' });
    const unreadable = {
      Records: [{ ...event.Records[0]!, body: 'not json' }],
    };

    const response = await task(unreadable, lambdaContext());

    expect(response).toEqual({
      batchItemFailures: [{ itemIdentifier: 'failure-1' }],
    });
  });
});
