/**
 * What dominates each measure, found by profiling (`node --cpu-prof`) and
 * esbuild's metafile; printed under the table for every missed target.
 */
export const MISS_NOTES: Readonly<Record<string, string>> = {
  'cold init':
    'Cold init is module evaluation: the bundle size tracks it closely. The handler evaluates ' +
    'what the baseline does (SES v2 or SNS client, nunjucks) plus the runtime (~15–20 KiB) and, ' +
    'in the task bundle, nunjucks, which a task never uses: `@lambdacron/runtime` is one barrel ' +
    'and nunjucks is CommonJS, so esbuild must keep its top-level code. The S3 client in the ' +
    'email bundle is behind `import()` and is only parsed, not evaluated.',
  bundle:
    'The baseline alone — SES v2 client plus nunjucks, bundled — is already above 600 KiB: ' +
    '`@smithy/core` ≈ 200 KiB, `client-sesv2` ≈ 100 KiB, nunjucks ≈ 87 KiB, `nested-clients` ≈ ' +
    '59 KiB. On top of it the handler carries the lazily imported S3 client for `s3://` template ' +
    'sources (`client-s3` ≈ 142 KiB, plus `middleware-sdk-s3`, `checksums`, `xml-builder` ≈ 50 KiB). ' +
    'The target is reachable only by leaving the AWS SDK out of the bundle (`external: ' +
    "['@aws-sdk/*', '@smithy/*']`, using the copy Lambda's Node 22 runtime ships) or by loading " +
    'the S3 source from a separate chunk (ESM output with splitting).',
  'cold init: sms':
    'The SMS and webhook handlers bundle, besides the runtime and nunjucks, the SSM and Secrets ' +
    'Manager clients (for credentials held as secrets) and the lazily imported S3 client; the ' +
    "baseline reads its settings from the environment and uses Node's `fetch`, so it loads no " +
    'AWS SDK at all. Most of the gap is the SDK core (`@smithy/core`, `nested-clients`) that ' +
    'the first AWS client pulls in.',
  'warm batch':
    'Rendering and the SES stand-in cost the same in both; the difference is per-record framework ' +
    'work, spread thin: three `async` template look-ups per record (each awaits `loader.load()` and ' +
    'the cached compile promise before rendering), parsing the record and hashing its ' +
    'idempotency key (SHA-256), the duplicate cache, a child logger per batch with snake_case key ' +
    'normalisation, and the `batch processed` log line. In absolute terms it is well under a ' +
    'millisecond per batch of 10.',
  synth:
    'Boot (Node + tsx) and importing cdktf, constructs and the provider bindings (already deep ' +
    'imports) take most of it; `App.synth()` of four stacks the rest. Loaded machines (this one ' +
    'has 2 cores shared with other work) stretch all three.',
  plan:
    'Plan time grows with the resource count; a non-linear fit on this machine usually means ' +
    'other load during the run.',
};

/** Measures that share another's note. */
const SAME_NOTE_AS: Readonly<Record<string, string>> = {
  'cold init: webhook': 'cold init: sms',
};

/** The note for a row's measure: its own, else the one before the colon. */
export function noteFor(measure: string): string | undefined {
  const key = SAME_NOTE_AS[measure] ?? measure;

  return MISS_NOTES[key] ?? MISS_NOTES[measure.split(':')[0]!];
}
