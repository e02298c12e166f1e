import {
  PublishBatchCommand,
  PublishCommand,
  SNSClient,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  ConfigurationError,
  ResultValidationError,
  ScheduledEventError,
} from '../../src/errors.js';
import { silentLogger } from '../../src/logging/logger.js';
import { defineTask } from '../../src/task/define-task.js';
import { Task } from '../../src/task/task.js';
import type { TaskContext } from '../../src/task/types.js';
import { schedulerEvent } from '../helpers/events.js';
import { lambdaContext } from '../helpers/lambda-context.js';

const FIFO_TOPIC = 'arn:aws:sns:eu-west-1:123456789012:results.fifo';
const sns = mockClient(SNSClient);

type Results = {
  'daily-report': { orders: number };
  'low-stock': { sku: string };
};

function publishedInputs() {
  return sns.commandCalls(PublishCommand).map((call) => call.args[0].input);
}

describe('defineTask handler', () => {
  beforeEach(() => {
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    sns.on(PublishBatchCommand).callsFake((input) => ({
      Successful: input.PublishBatchRequestEntries.map((e: { Id: string }) => ({
        Id: e.Id,
        MessageId: `b-${e.Id}`,
      })),
    }));
    vi.stubEnv('SNS_TOPIC_ARN', FIFO_TOPIC);
    vi.stubEnv('LAMBDACRON_TASK_NAME', 'report');
    vi.stubEnv('AWS_REGION', 'eu-west-1');
    vi.stubEnv('AWS_LAMBDA_LOG_GROUP_NAME', '/aws/lambda/report');
    vi.stubEnv('AWS_LAMBDA_LOG_STREAM_NAME', '2025/01/01/[$LATEST]abc');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it('publishes one result with the contract attributes and FIFO ids', async () => {
    const handler = defineTask<Results>(
      {
        resultTypes: ['daily-report'],
        run: () => ({ type: 'daily-report', payload: { orders: 3 } }),
      },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    const summary = await handler(schedulerEvent(), lambdaContext());

    expect(summary).toEqual({
      taskName: 'report',
      scheduledTime: '2025-01-01T08:00:00Z',
      published: 1,
      messageIds: ['m-1'],
    });
    expect(publishedInputs()[0]).toMatchObject({
      TopicArn: FIFO_TOPIC,
      Message: '{"orders":3}',
      MessageGroupId: 'report.daily-report',
      MessageAttributes: {
        result_type: { DataType: 'String', StringValue: 'daily-report' },
        task_name: { DataType: 'String', StringValue: 'report' },
        scheduled_time: {
          DataType: 'String',
          StringValue: '2025-01-01T08:00:00Z',
        },
      },
    });
  });

  it('publishes nothing when run returns nothing', async () => {
    const handler = defineTask<Results>(
      { resultTypes: ['daily-report'], run: () => undefined },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    const summary = await handler(schedulerEvent(), lambdaContext());

    expect(summary.published).toBe(0);
    expect(sns.calls()).toHaveLength(0);
  });

  it('publishes many results in one PublishBatch call', async () => {
    const handler = defineTask<Results>(
      {
        resultTypes: ['low-stock'],
        run: () =>
          ['a', 'b', 'c'].map((sku) => ({
            type: 'low-stock' as const,
            payload: { sku },
            key: sku,
          })),
      },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    const summary = await handler(schedulerEvent(), lambdaContext());

    expect(summary.published).toBe(3);
    expect(sns.commandCalls(PublishBatchCommand)).toHaveLength(1);
  });

  it('falls back to AWS_LAMBDA_FUNCTION_NAME for the task name', async () => {
    vi.stubEnv('LAMBDACRON_TASK_NAME', '');
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'fn-name');
    const handler = defineTask<Results>(
      {
        resultTypes: ['daily-report'],
        run: () => ({ type: 'daily-report', payload: { orders: 1 } }),
      },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    await handler(schedulerEvent(), lambdaContext());

    expect(publishedInputs()[0]?.MessageGroupId).toBe('fn-name.daily-report');
  });

  it.each([
    ['SNS_TOPIC_ARN is unset', { SNS_TOPIC_ARN: '' }],
    ['SNS_TOPIC_ARN is not an ARN', { SNS_TOPIC_ARN: 'results' }],
    [
      'no task name is known',
      { LAMBDACRON_TASK_NAME: '', AWS_LAMBDA_FUNCTION_NAME: '' },
    ],
  ])('throws a ConfigurationError when %s', async (_case, env) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const handler = defineTask<Results>(
      { resultTypes: ['daily-report'], run: () => undefined },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    const invoke = handler(schedulerEvent(), lambdaContext());

    await expect(invoke).rejects.toThrow(ConfigurationError);
  });

  it('publishes one error result with log links and rethrows when run throws', async () => {
    const failure = new TypeError('database unreachable');
    const handler = defineTask<Results>(
      {
        resultTypes: ['daily-report'],
        run: () => {
          throw failure;
        },
      },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    const invoke = handler(schedulerEvent(), lambdaContext());

    await expect(invoke).rejects.toBe(failure);
    const inputs = publishedInputs();
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.MessageAttributes?.result_type?.StringValue).toBe(
      'error',
    );
    expect(JSON.parse(inputs[0]?.Message ?? '{}')).toEqual({
      task_name: 'report',
      scheduled_time: '2025-01-01T08:00:00Z',
      error_name: 'TypeError',
      error_message: 'database unreachable',
      log_group: '/aws/lambda/report',
      log_stream: '2025/01/01/[$LATEST]abc',
      logs_url:
        'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Faws$252Flambda$252Freport/log-events/2025$252F01$252F01$252F$255B$2524LATEST$255Dabc',
    });
  });

  it('uses LAMBDACRON_ERROR_RESULT_TYPE for the error result', async () => {
    vi.stubEnv('LAMBDACRON_ERROR_RESULT_TYPE', 'task-failed');
    const handler = defineTask<Results>(
      {
        resultTypes: ['daily-report'],
        run: () => Promise.reject(new Error('boom')),
      },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    await expect(handler(schedulerEvent(), lambdaContext())).rejects.toThrow(
      'boom',
    );

    expect(publishedInputs()[0]?.MessageGroupId).toBe('report.task-failed');
  });

  it.each([
    ['an undeclared result type', { type: 'other', payload: {} }],
    ['an array payload', { type: 'daily-report', payload: [1] }],
    ['an empty key', { type: 'daily-report', payload: {}, key: '' }],
    [
      'two results with the same type and key',
      [
        { type: 'daily-report', payload: { orders: 1 } },
        { type: 'daily-report', payload: { orders: 2 } },
      ],
    ],
  ])('reports %s as a ResultValidationError', async (_case, output) => {
    const handler = defineTask<Results>(
      { resultTypes: ['daily-report'], run: () => output as never },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    const invoke = handler(schedulerEvent(), lambdaContext());

    await expect(invoke).rejects.toThrow(ResultValidationError);
    expect(
      publishedInputs().map(
        (i) => i.MessageAttributes?.result_type?.StringValue,
      ),
    ).toEqual(['error']);
  });

  it('reports a malformed event as an error result at the current time', async () => {
    const handler = defineTask<Results>(
      { resultTypes: ['daily-report'], run: () => undefined },
      {
        sns: new SNSClient({}),
        logger: silentLogger,
        now: () => new Date('2025-02-02T00:00:00.000Z'),
      },
    );

    const invoke = handler(schedulerEvent({ time: 'soon' }), lambdaContext());

    await expect(invoke).rejects.toThrow(ScheduledEventError);
    expect(JSON.parse(publishedInputs()[0]?.Message ?? '{}')).toMatchObject({
      error_name: 'ScheduledEventError',
      scheduled_time: '2025-02-02T00:00:00.000Z',
    });
  });

  it('publishes a timeout error result before the deadline and only once', async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    let aborted = false;
    const handler = defineTask<Results>(
      {
        resultTypes: ['daily-report'],
        run: ({ signal }: TaskContext) =>
          new Promise<undefined>((resolve, reject) => {
            signal.addEventListener('abort', () => {
              aborted = true;
            });
            finish = () => reject(new Error('late failure'));
            void resolve;
          }),
      },
      { sns: new SNSClient({}), logger: silentLogger, timeoutMarginMs: 1000 },
    );

    const invoke = handler(schedulerEvent(), lambdaContext(5000));
    const outcome = invoke.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(4100);
    finish();

    expect(await outcome).toMatchObject({ message: 'late failure' });
    expect(aborted).toBe(true);
    const inputs = publishedInputs();
    expect(inputs).toHaveLength(1);
    expect(JSON.parse(inputs[0]?.Message ?? '{}')).toMatchObject({
      error_name: 'TaskTimeoutError',
    });
  });

  it('still rethrows the task error when the error result cannot be published', async () => {
    sns.on(PublishCommand).rejects(new Error('SNS down'));
    const handler = defineTask<Results>(
      {
        resultTypes: ['daily-report'],
        run: () => Promise.reject(new Error('task broke')),
      },
      { sns: new SNSClient({}), logger: silentLogger },
    );

    const invoke = handler(schedulerEvent(), lambdaContext());

    await expect(invoke).rejects.toThrow('task broke');
  });
});

describe('Task', () => {
  beforeEach(() => {
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    vi.stubEnv('SNS_TOPIC_ARN', 'arn:aws:sns:eu-west-1:123456789012:results');
    vi.stubEnv('LAMBDACRON_TASK_NAME', 'stock');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('runs a subclass and publishes to a standard topic without FIFO ids', async () => {
    class StockCheck extends Task<Results> {
      readonly resultTypes = ['low-stock'] as const;

      run() {
        return this.result('low-stock', { sku: 'A-1' }, 'A-1');
      }
    }

    await new StockCheck().handler({
      sns: new SNSClient({}),
      logger: silentLogger,
    })(schedulerEvent(), lambdaContext());

    const input = publishedInputs()[0];
    expect(input?.Message).toBe('{"sku":"A-1"}');
    expect(input?.MessageGroupId).toBeUndefined();
    expect(input?.MessageDeduplicationId).toBeUndefined();
  });
});

describe('defineTask types', () => {
  it('rejects payloads and result types that break the declaration at compile time', () => {
    const declare = () => {
      defineTask<Results>({
        resultTypes: ['daily-report'],
        // @ts-expect-error orders is declared as a number
        run: () => ({ type: 'daily-report', payload: { orders: 'three' } }),
      });
      defineTask<Results>({
        // @ts-expect-error 'weekly' is not a declared result type
        resultTypes: ['weekly'],
        run: () => undefined,
      });
    };

    expect(declare).not.toThrow();
  });
});
