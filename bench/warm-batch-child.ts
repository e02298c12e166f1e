/**
 * Child of the warm-batch benchmark, bundled like a handler and run in its
 * own `node`: both handlers get the same in-process SES stand-in, the same
 * environment and fresh batches of the same records. Prints one JSON line.
 */
import { createEmailChannel, JsonLogger } from '@lambdacron/runtime';
import type { SesSender } from '@lambdacron/runtime';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';

import { createBaselineEmailHandler } from './baselines/email-handler.js';
import { sqsBatch } from './fixtures/sqs-batch.js';

type Handler = (event: SQSEvent) => Promise<SQSBatchResponse>;

interface SentEmail {
  readonly Content?: {
    readonly Simple?: {
      readonly Subject?: { readonly Data?: string };
      readonly Body?: {
        readonly Text?: { readonly Data?: string };
        readonly Html?: { readonly Data?: string };
      };
    };
  };
}

/** Answers like SES v2 SendEmail, remembering the last request. */
function sesStandIn() {
  const state = { sends: 0, last: undefined as SentEmail | undefined };
  const ses = {
    send: async (command: { input: SentEmail }) => {
      state.sends += 1;
      state.last = command.input;

      return { MessageId: `ses-${state.sends}`, $metadata: {} };
    },
  } as unknown as SesSender;

  return { ses, state };
}

function sameEmail(a?: SentEmail, b?: SentEmail): boolean {
  const x = a?.Content?.Simple;
  const y = b?.Content?.Simple;

  return (
    x !== undefined &&
    x.Subject?.Data === y?.Subject?.Data &&
    x.Body?.Text?.Data === y?.Body?.Text?.Data &&
    x.Body?.Html?.Data === y?.Body?.Html?.Data
  );
}

const warmUpBatches = Number(process.env.BENCH_WARM_UP ?? '50');
const measuredBatches = Number(process.env.BENCH_ITERATIONS ?? '300');

async function main(): Promise<void> {
  const lambdacronSes = sesStandIn();
  const baselineSes = sesStandIn();
  // Production's JSON logger at `info`, writing to a sink instead of stdout:
  // the line is still built, only the I/O is left out.
  const lambdacron: Handler = createEmailChannel({
    ses: lambdacronSes.ses,
    env: process.env,
    logger: new JsonLogger({ level: 'info', write: () => undefined }),
  });
  const baseline: Handler = createBaselineEmailHandler({
    ses: baselineSes.ses,
    env: process.env,
  });

  // Same records through both first: the outputs must match, or the
  // comparison would be between different jobs.
  await lambdacron(sqsBatch(0));
  const lambdacronFirst = lambdacronSes.state.last;
  await baseline(sqsBatch(0));
  const sameOutput = sameEmail(lambdacronFirst, baselineSes.state.last);

  let batch = 1;
  const timeBatch = async (handler: Handler): Promise<number> => {
    const event = sqsBatch(batch);
    batch += 1;
    const started = process.hrtime.bigint();
    const response = await handler(event);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.batchItemFailures.length > 0) {
      throw new Error(`${response.batchItemFailures.length} records failed`);
    }

    return elapsedMs;
  };

  for (let index = 0; index < warmUpBatches; index += 1) {
    await timeBatch(lambdacron);
    await timeBatch(baseline);
  }

  const handlerMs: number[] = [];
  const baselineMs: number[] = [];
  for (let index = 0; index < measuredBatches; index += 1) {
    handlerMs.push(await timeBatch(lambdacron));
    baselineMs.push(await timeBatch(baseline));
  }

  process.stdout.write(
    `${JSON.stringify({
      handlerMs,
      baselineMs,
      sameOutput,
      sends: [lambdacronSes.state.sends, baselineSes.state.sends],
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
