/**
 * `npm run demo`: the basic example, end to end, on the embedded local
 * cloud (fauxqs for SNS/SQS, aws-ses-v2-local for SES, both on 127.0.0.1).
 * Exits non-zero unless exactly the expected email arrived.
 */
import { resolve } from 'node:path';

import { EXAMPLE } from './demo-settings.js';
import { runDemo, type DemoResult } from './run-demo.js';

const OUT_DIR = resolve(import.meta.dirname, '..', '.demo-out');

function report(result: DemoResult): string[] {
  const lines = [
    `task ${result.taskName}, tick ${result.scheduledTime}`,
    `  run 1 published ${result.firstRun.published} results (${EXAMPLE.resultTypes[0]}, ${EXAMPLE.unwantedResultType})`,
    `  run 2, a duplicate invocation of the same tick, published ${result.duplicateRun.published} more with the same deduplication ids`,
    `email channel: ${result.recordsDelivered} message reached its queue` +
      ` (${EXAMPLE.unwantedResultType} filtered out by result_type, the duplicate tick deduplicated)`,
    `dead-letter queue: ${result.deadLettered} messages`,
    '',
  ];
  result.emails.forEach((email, index) => {
    lines.push(
      `email ${index + 1}`,
      `  from:    ${email.from}`,
      `  to:      ${email.destination.to.join(', ')}`,
      `  subject: ${email.subject}`,
      '  text:',
      ...(email.body.text ?? '')
        .trimEnd()
        .split('\n')
        .map((line) => `    ${line}`),
      `  html:    written to ${result.htmlFiles[index]}`,
      '',
    );
  });

  return lines;
}

function problems(result: DemoResult): string[] {
  const found: string[] = [];
  if (result.emails.length !== 1) {
    found.push(`expected exactly 1 email, got ${result.emails.length}`);
  }
  if (result.recordsDelivered !== 1) {
    found.push(`expected 1 queued message, got ${result.recordsDelivered}`);
  }
  if (result.deadLettered !== 0) {
    found.push(`${result.deadLettered} messages were dead-lettered`);
  }

  return found;
}

// The SDK warns that releases after January 2027 need Node 22. Lambda runs
// the handlers on Node 22; the demo may run on Node 20, and says so once.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const result = await runDemo({ outDir: OUT_DIR });
process.stdout.write(report(result).join('\n') + '\n');
const found = problems(result);
if (found.length > 0) {
  process.stderr.write(`demo failed: ${found.join('; ')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('demo passed: one email delivered as expected\n');
}
