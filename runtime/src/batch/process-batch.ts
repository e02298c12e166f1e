import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';

import { BatchProcessingError, classifyError } from '../errors.js';
import type { Logger } from '../logging/logger.js';

/** What happened to one record. */
export const RecordStatus = {
  delivered: 'delivered',
  duplicate: 'duplicate',
  failed: 'failed',
  blocked: 'blocked',
} as const;

/** `'delivered' | 'duplicate' | 'failed' | 'blocked'`. */
export type RecordStatus = (typeof RecordStatus)[keyof typeof RecordStatus];

/** Handles one record; resolves to how it was handled, or throws. */
export type RecordProcessor = (
  record: SQSRecord,
) => Promise<typeof RecordStatus.delivered | typeof RecordStatus.duplicate>;

/** Counts of one batch. */
export type BatchSummary = Readonly<Record<RecordStatus, number>>;

/**
 * Processes an SQS batch in order and reports failures the way Lambda's
 * `ReportBatchItemFailures` expects. On a FIFO queue, once a record fails,
 * every later record of the same message group is reported failed without
 * being attempted, so the group's order holds. Each failure is logged once
 * with its record id. When every record failed the batch throws, so Lambda
 * retries it as a whole.
 *
 * @throws BatchProcessingError when every record of a non-empty batch failed.
 */
export async function processBatch(
  records: readonly SQSRecord[],
  processRecord: RecordProcessor,
  logger: Logger,
): Promise<{ response: SQSBatchResponse; summary: BatchSummary }> {
  const failures: string[] = [];
  const blockedGroups = new Set<string>();
  const summary = { delivered: 0, duplicate: 0, failed: 0, blocked: 0 };

  for (const record of records) {
    const groupId = record.attributes?.MessageGroupId;
    const recordLogger = logger.child({
      message_id: record.messageId,
      message_group_id: groupId,
      receive_count: record.attributes?.ApproximateReceiveCount,
    });
    if (groupId !== undefined && blockedGroups.has(groupId)) {
      failures.push(record.messageId);
      summary.blocked += 1;
      recordLogger.warn(
        'record not attempted: an earlier record of its group failed',
      );
      continue;
    }

    try {
      const status = await processRecord(record);
      summary[status] += 1;
      recordLogger.debug('record handled', { status });
    } catch (error) {
      failures.push(record.messageId);
      summary.failed += 1;
      if (groupId !== undefined) {
        blockedGroups.add(groupId);
      }
      recordLogger.error('record failed', {
        error,
        error_class: classifyError(error),
      });
    }
  }

  logger.info('batch processed', { records: records.length, ...summary });
  if (records.length > 0 && failures.length === records.length) {
    throw new BatchProcessingError('Every record of the batch failed.', {
      context: { records: records.length },
    });
  }

  return {
    response: {
      batchItemFailures: failures.map((id) => ({ itemIdentifier: id })),
    },
    summary,
  };
}
