/**
 * The simplest HTTP channel that works, hand-written: the baseline for the
 * SMS and webhook channels, which deliver over HTTPS. Renders one nunjucks
 * text template per record and POSTs it with `fetch` to `BASELINE_URL`.
 */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import nunjucks from 'nunjucks';

let template: nunjucks.Template | undefined;

/** SQS-triggered handler: one POST per record, partial batch failures. */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  template ??= nunjucks.compile(
    process.env.BASELINE_TEXT_TEMPLATE ?? '',
    new nunjucks.Environment(null, { autoescape: false }),
  );
  const failures: SQSBatchResponse['batchItemFailures'] = [];

  for (const record of event.Records) {
    try {
      const body = template.render(JSON.parse(record.body));
      const response = await fetch(process.env.BASELINE_URL ?? '', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body,
      });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
    } catch {
      failures.push({ itemIdentifier: record.messageId });
    }
  }

  return { batchItemFailures: failures };
}
