/**
 * Bundles a channel handler of `@lambdacron/runtime` into one CommonJS file
 * for the channel images (`channel-images/<channel>/Dockerfile`).
 *
 * Choices, and why:
 * - CommonJS, because nunjucks is CommonJS and requires its parts lazily; an
 *   ESM bundle would need a `require` shim. The Lambda Node.js runtime loads
 *   `handler.js` as CommonJS when no package.json says otherwise.
 * - Nothing is external, not even the AWS SDK the Node 22 runtime ships: the
 *   image then runs exactly the SDK version the tests ran (the runtime's copy
 *   changes under you with AWS's patch releases), and the bundle does not
 *   depend on what a custom base image happens to carry. The one exception
 *   is `chokidar`, which nunjucks requires only for its file-watching loader
 *   (never used: the runtime compiles templates from strings).
 * - The S3 client stays lazy: the template loader imports it with `import()`
 *   only for `s3://` sources, and esbuild turns that into a deferred
 *   initialiser, so a handler without S3 templates does not pay for it at
 *   cold start.
 * - Deterministic: no source map, no legal comments, no timestamps, paths
 *   relative to the repository root, so the same sources give the same
 *   bytes (and the same image content hash).
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, buildSync, type BuildOptions } from 'esbuild';

/** The channels that have an image. */
export const CHANNELS = ['email', 'sms', 'webhook'] as const;

/** One of {@link CHANNELS}. */
export type ChannelName = (typeof CHANNELS)[number];

/** The repository root (this file lives in `channel-images/`). */
const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Lambda's Node.js 22 runtime, which the channel images are built on. */
export const BUNDLE_TARGET = 'node22';

/** The export condition under which `@lambdacron/runtime` resolves to its TypeScript source. */
const SOURCE_CONDITION = '@lambdacron/source';

/** Modules left out of the bundle: see the file comment. */
const EXTERNAL_MODULES = ['chokidar'];

/** Path of a channel's handler entry point, relative to the repository root. */
export function handlerEntryPoint(channel: ChannelName): string {
  return `runtime/src/channels/${channel}/handler.ts`;
}

/**
 * Bundles the `channel` handler into `outFile` (CommonJS, minified, for
 * Node 22) and returns the bundle's size.
 *
 * @example
 * const { bytes } = await bundleChannelHandler(
 *   'email',
 *   'channel-images/email/dist/handler.js',
 * );
 */
export async function bundleChannelHandler(
  channel: ChannelName,
  outFile: string,
): Promise<{ bytes: number }> {
  const outPath = resolve(outFile);
  await mkdir(dirname(outPath), { recursive: true });
  await build({ ...bundleOptions(channel), outfile: outPath });

  return { bytes: (await stat(outPath)).size };
}

/**
 * The `channel` handler bundle as text, built synchronously: module
 * synthesis ships it inside the channel modules, so that a module without a
 * `lambda_image_uri` can build its image from its own folder.
 */
export function bundleChannelHandlerSync(channel: ChannelName): string {
  const result = buildSync({
    ...bundleOptions(channel),
    outfile: 'handler.js',
    write: false,
  });

  return result.outputFiles[0]!.text;
}

function bundleOptions(channel: ChannelName): BuildOptions {
  if (!CHANNELS.includes(channel)) {
    throw new Error(
      `Unknown channel "${String(channel)}": expected one of ${CHANNELS.join(', ')}.`,
    );
  }

  return {
    absWorkingDir: REPOSITORY_ROOT,
    entryPoints: [handlerEntryPoint(channel)],
    bundle: true,
    platform: 'node',
    target: BUNDLE_TARGET,
    format: 'cjs',
    minify: true,
    conditions: [SOURCE_CONDITION],
    external: EXTERNAL_MODULES,
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'silent',
  };
}

/** Where `npm run bundle:channels` writes a channel's bundle. */
export function defaultBundlePath(channel: ChannelName): string {
  return resolve(
    REPOSITORY_ROOT,
    'channel-images',
    channel,
    'dist',
    'handler.js',
  );
}

async function main(argv: readonly string[]): Promise<void> {
  const requested = argv.length > 0 ? argv : CHANNELS;
  for (const channel of requested) {
    const outFile = defaultBundlePath(channel as ChannelName);
    const { bytes } = await bundleChannelHandler(
      channel as ChannelName,
      outFile,
    );
    process.stdout.write(`${channel}: ${outFile} (${bytes} bytes)\n`);
  }
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
