/**
 * What dominates each measure, found with `node --cpu-prof` and esbuild's
 * metafile; printed under the table for every missed target.
 */
export const MISS_NOTES: Readonly<Record<string, string>> = {
  'cold init':
    'Cold init is mostly V8 compiling the bundle (`wrapSafe` in the CommonJS loader), so it ' +
    'tracks bundle size even for code that never runs: an `import()`ed client is not evaluated ' +
    'at load, but esbuild inlines it into the one CommonJS file, and it is still compiled. The ' +
    'email bundle carries the S3 client (≈ 190 KiB with its S3 middleware) for `s3://` template ' +
    'sources.',
  'cold init: sms':
    'The SMS and webhook bundles inline, besides the runtime and nunjucks, three lazily ' +
    'imported AWS clients: SSM (≈ 204 KiB) and Secrets Manager (≈ 28 KiB) for credentials held ' +
    'as secrets, S3 (≈ 190 KiB) for `s3://` templates, with the SDK core they share ' +
    '(`@smithy/core` ≈ 200 KiB). None of them is evaluated at load, but V8 compiles the whole ' +
    "file; the baseline reads its settings from the environment and uses Node's `fetch`, so it " +
    'loads no AWS SDK at all. Splitting the lazy clients into files of their own removes most ' +
    'of the gap.',
  bundle:
    'The baseline alone — SES v2 client plus nunjucks, bundled — is already above 600 KiB ' +
    '(`@smithy/core` ≈ 200 KiB, `client-sesv2` ≈ 100 KiB, nunjucks ≈ 87 KiB, `nested-clients` ≈ ' +
    '59 KiB, `bowser` ≈ 34 KiB via `@aws-sdk/core`). On top of it the handler inlines the lazily ' +
    'imported S3 client (`client-s3` ≈ 142 KiB, plus `middleware-sdk-s3`, `checksums`, ' +
    '`xml-builder` ≈ 50 KiB); without it the email bundle is ≈ 624 KiB. Meeting 600 KiB needs ' +
    'the S3 client in a separate file and either the SDK left to the Lambda runtime or the ' +
    'target read as "the SES handler adds ≤ X over the baseline".',
  'warm batch':
    'In absolute terms the gap is ≈ 0.4 ms per batch of 10 (≈ 40 µs per record). Measured ' +
    "pieces: the runtime's nunjucks environments (`throwOnUndefined` plus the guarded filters) " +
    'render the same templates ≈ 9 µs per record slower; `TemplateRenderer.render` adds ≈ 7 µs ' +
    'per record (three `async` look-ups, each awaiting `loader.load()` and the cached compile ' +
    'promise, with the whole template text concatenated into the cache key); a child logger ' +
    'per record (`processBatch`) re-reads `LOG_LEVEL` from `process.env` and re-normalises ' +
    'every inherited field to snake_case ≈ 0.1 ms per batch; the rest is record parsing with a ' +
    'SHA-256 idempotency key, the duplicate cache and subject normalisation.',
  synth:
    'Boot is Node + tsx; imports are cdktf, constructs, the provider bindings (already deep ' +
    'imports) and tsx transpiling `src/`. The synth phase now also bundles the three channel ' +
    'handlers with esbuild (the channel modules ship them, so the drift check covers them), ' +
    "and every cdktf token captures a full stack trace, which tsx's source maps make costly " +
    '(≈ 0.25 s). On this 2-core machine shared with other work all of it stretches.',
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
