import type { EnvironmentInfo } from './environment-info.js';
import { noteFor } from './notes.js';
import type { BenchOptions } from './options.js';
import { renderTable, type Row } from './table.js';

const METHOD = `## Method

- **Cold init**: each bundle is loaded in a fresh \`node\` process; the child starts
  \`process.hrtime\` right before \`require(bundle)\` and stops once it holds the \`handler\`
  export, so spawn and Node's own boot are excluded. Two discarded warm-up loads each (page
  cache), then handler and baseline alternate, so drift hits both alike. Median with p10/p90.
  Neither side does per-container setup at load: LambdaCron reads config, compiles templates
  and creates the SDK client on the first invocation, and so does the baseline.
- **Baselines** (\`bench/baselines/\`), the simplest handlers that do the same job with the same
  SDK clients: the email baseline parses each SQS record, renders the same three nunjucks
  templates (compiled once, two environments: autoescape on for HTML, off for subject and text)
  and calls \`SESv2Client\` \`SendEmailCommand\`, reporting failed records in
  \`batchItemFailures\`; the task baseline publishes the same message (attributes, FIFO group
  and SHA-256 deduplication id) with \`SNSClient\` \`PublishCommand\`. nunjucks rather than string
  interpolation, because the templates under test (the basic example's) loop and branch. SMS and
  webhook, when present, are compared with a nunjucks + \`fetch\` baseline.
- **Bundles**: channel handlers through \`channel-images/bundle.ts\` (what the images ship);
  the bench task (\`bench/fixtures/task.ts\`, built with \`defineTask\`) and every baseline with
  the same esbuild settings: platform node, target node22, CommonJS, minified, condition
  \`@lambdacron/source\`, \`chokidar\` external. Sizes are bytes on disk and gzip (level 6).
- **Warm batch**: handler and baseline run in one fresh \`node\` (the bench child bundled with the
  same settings), each with an in-process SES stand-in that answers \`{ MessageId }\`, templates
  inline through the environment, and LambdaCron's JSON logger at \`info\` writing to a sink (the
  line is built, the I/O is left out). A batch is 10 SQS records as raw SNS delivery to a FIFO
  queue produces them (body = payload; \`result_type\`, \`task_name\`, \`scheduled_time\` message
  attributes; group and deduplication ids); ids change per batch so duplicate suppression never
  short-cuts a send. Both are first given the same batch and must send identical mail. Then
  warm-up batches, then alternating measured batches; median with p10/p90.
- **Synth**: \`synthesizeModules(MODULES, tmp)\` in a fresh \`node --import tsx\` process, timed from
  spawn to exit (imports included); the child also reports boot, import and synth phases.
- **Plan scaling**: a generated root with N \`scheduled-lambda\` + \`email-notification\` module
  pairs on one shared FIFO topic and a template file, against a copy of \`generated-modules/\`.
  The AWS provider has fake keys and \`skip_credentials_validation\`, \`skip_requesting_account_id\`,
  \`skip_metadata_api_check\`, \`skip_region_validation\`: \`terraform plan -refresh=false\` runs
  offline with no mocks. One \`terraform init\` (plugin cache in the bench's temp folder), then per
  N \`terraform get\` (untimed) and one timed \`terraform plan\`; resources from its summary line.
  Linearity: least-squares fit of time against N.
- Ratios (LambdaCron ÷ baseline medians) are the headline; absolute times depend on the machine
  and its load and are context. The bench is not part of the test suite's pass/fail;
  \`test/bench/bench-smoke.test.ts\` runs \`npm run bench -- --smoke\` so it cannot rot.
`;

const FIXES = `## Fixes

Applied (in this run): \`"sideEffects": false\` on \`@lambdacron/runtime\` (the task bundle lost
nunjucks, ≈ 560 → 470 KiB); child loggers that take their parent's level and normalised fields
as they are (warm batch ≈ 1.9× → 1.7×); cdktf's own validations skipped in synth (≈ 0.4 s; every
generated module passes \`terraform validate\` in the tests).

Proposed, not applied:

1. \`channel-images/bundle.ts\`: bundle each lazily imported AWS client (S3; SSM and Secrets
   Manager for SMS/webhook) as its own CommonJS file at
   \`dist/node_modules/@aws-sdk/client-<name>/index.js\` and mark it external in the handler
   bundle; Node resolves it from \`dist/handler.js\` only when \`import()\` runs. Measured with
   those clients external: email ≈ 813 → ≈ 624 KiB; SMS and webhook ≈ 948 → ≈ 110 KiB, their
   cold init ≈ 100–125 → ≈ 30 ms (baseline ≈ 18–27 ms). For SMS part of that cost moves to the
   first invocation, which always reads the token's secret.
2. \`runtime/src/templates/template-renderer.ts\`: keep compiled templates of static sources in a
   plain \`Map\` and render them without awaiting \`loader.load()\`; only \`s3://\` sources need
   the revalidating path. Measured: warm batch ≈ 0.75 → ≈ 0.70 ms.
`;

/** Renders the whole report: context, table, method and notes on misses. */
export function renderReport(
  rows: readonly Row[],
  info: EnvironmentInfo,
  options: BenchOptions,
): string {
  const missed = rows.filter((row) => row.met === false);
  const shown = new Set<string>();
  const notes = missed.map((row) => {
    const note = noteFor(row.measure);
    const explained = note !== undefined && !shown.has(note);
    if (note !== undefined) shown.add(note);

    return `- **${row.measure}** — missed: ${row.miss}.${explained ? ` ${note}` : ''}`;
  });
  const met = rows.filter((row) => row.met === true).map((row) => row.measure);

  return [
    '# LambdaCron benchmarks',
    '',
    `Command: \`${options.command}\`${options.smoke ? ' (smoke: one iteration, numbers meaningless)' : ''}`,
    '',
    `Machine: ${info.cores} cores (${info.cpuModel}), load average ${info.loadAverage.toFixed(2)} at start;`,
    `Node ${info.node}; Terraform ${info.terraform ?? 'not found'}; run ${info.date}.`,
    '',
    renderTable(rows),
    '## Targets',
    '',
    `Met: ${met.length > 0 ? met.join('; ') : 'none'}.`,
    '',
    ...(notes.length > 0 ? ['Missed:', '', ...notes, ''] : []),
    METHOD,
    FIXES,
  ].join('\n');
}
