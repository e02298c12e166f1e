import type { SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';

import { processBatch } from '../../src/batch/process-batch.js';
import { BatchProcessingError, DeliveryError } from '../../src/errors.js';
import { captureLogger } from '../helpers/log-capture.js';
import { rawRecord } from '../helpers/sqs-records.js';

function failing(ids: string[]) {
  const attempted: string[] = [];
  const processor = async (record: SQSRecord) => {
    attempted.push(record.messageId);
    if (ids.includes(record.messageId)) {
      throw new DeliveryError('throttled', { context: { code: 429 } });
    }

    return 'delivered' as const;
  };

  return { processor, attempted };
}

describe('processBatch', () => {
  it('reports only the failed records', async () => {
    const records = ['a', 'b', 'c'].map((id) =>
      rawRecord({}, { messageId: id }),
    );
    const { processor } = failing(['b']);
    const { logger } = captureLogger();

    const { response, summary } = await processBatch(
      records,
      processor,
      logger,
    );

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'b' }]);
    expect(summary).toMatchObject({ delivered: 2, failed: 1 });
  });

  it('fails later records of a failed FIFO group without attempting them', async () => {
    const records = [
      rawRecord({}, { messageId: 'a1', groupId: 'A' }),
      rawRecord({}, { messageId: 'b1', groupId: 'B' }),
      rawRecord({}, { messageId: 'a2', groupId: 'A' }),
      rawRecord({}, { messageId: 'b2', groupId: 'B' }),
      rawRecord({}, { messageId: 'a3', groupId: 'A' }),
    ];
    const { processor, attempted } = failing(['a1']);
    const { logger } = captureLogger();

    const { response } = await processBatch(records, processor, logger);

    expect(response.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([
      'a1',
      'a2',
      'a3',
    ]);
    expect(attempted).toEqual(['a1', 'b1', 'b2']);
  });

  it('throws a BatchProcessingError when every record failed', async () => {
    const records = ['a', 'b'].map((id) => rawRecord({}, { messageId: id }));
    const { processor } = failing(['a', 'b']);
    const { logger } = captureLogger();

    const process = processBatch(records, processor, logger);

    await expect(process).rejects.toThrow(BatchProcessingError);
  });

  it('returns no failures for an empty batch', async () => {
    const { processor } = failing([]);
    const { logger } = captureLogger();

    const { response } = await processBatch([], processor, logger);

    expect(response.batchItemFailures).toEqual([]);
  });

  it('logs each failed record once with its id and class', async () => {
    const records = [
      rawRecord({}, { messageId: 'x' }),
      rawRecord({}, { messageId: 'y' }),
    ];
    const { processor } = failing(['x']);
    const { logger, lines } = captureLogger('info');

    await processBatch(records, processor, logger);

    const failures = lines.filter((line) => line.message === 'record failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      message_id: 'x',
      error_name: 'DeliveryError',
      error_class: 'transient',
    });
  });
});
