import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build, type BuildOptions } from 'esbuild';

import { repoPath } from './paths.js';

/** The channels LambdaCron has (or will have) an image for. */
export const CHANNEL_NAMES = ['email', 'sms', 'webhook'] as const;

/** One of {@link CHANNEL_NAMES}. */
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** A bundled handler and the baseline it is compared with. */
export interface BundledPair {
  /** `email`, `sms`, `webhook` or `task`. */
  readonly name: string;
  readonly handlerFile: string;
  readonly baselineFile: string;
  /** Which baseline source, for the report. */
  readonly baselineSource: string;
}

/**
 * The channel images' esbuild settings (`channel-images/bundle.ts`): one
 * minified CommonJS file for Lambda's Node 22 runtime, the runtime resolved
 * from source, and nunjucks' unused file watcher left out.
 */
const BUNDLE_SETTINGS: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  conditions: ['@lambdacron/source'],
  external: ['chokidar'],
  legalComments: 'none',
  logLevel: 'silent',
};

type BundleChannelHandler = (
  channel: ChannelName,
  outFile: string,
) => Promise<{ bytes: number }>;

const CHANNEL_BUNDLER = repoPath('channel-images/bundle.ts');

/**
 * The images' own bundler when it exists, so the bench measures what ships;
 * else esbuild with the same settings.
 */
async function channelBundler(): Promise<BundleChannelHandler> {
  if (existsSync(CHANNEL_BUNDLER)) {
    const module = (await import(pathToFileURL(CHANNEL_BUNDLER).href)) as {
      bundleChannelHandler: BundleChannelHandler;
    };

    return module.bundleChannelHandler;
  }

  return async (channel, outFile) => {
    await bundleFile(`runtime/src/channels/${channel}/handler.ts`, outFile);

    return { bytes: (await stat(outFile)).size };
  };
}

/** Bundles `entry` (relative to the repository root) into `outFile`. */
export async function bundleFile(
  entry: string,
  outFile: string,
): Promise<void> {
  await build({
    ...BUNDLE_SETTINGS,
    absWorkingDir: repoPath('.'),
    entryPoints: [entry],
    outfile: outFile,
  });
}

const CHANNEL_BASELINES: Record<ChannelName, string> = {
  email: 'bench/baselines/email-handler.ts',
  sms: 'bench/baselines/fetch-channel-handler.ts',
  webhook: 'bench/baselines/fetch-channel-handler.ts',
};

/**
 * Bundles every channel handler that exists, the bench task and all their
 * baselines into `outDir`.
 */
export async function bundleAll(outDir: string): Promise<BundledPair[]> {
  const bundleChannel = await channelBundler();
  const pairs: BundledPair[] = [];
  const channels = CHANNEL_NAMES.filter((channel) =>
    existsSync(repoPath(`runtime/src/channels/${channel}/handler.ts`)),
  );
  const entries = [
    ...channels.map((channel) => ({
      name: channel,
      bundle: (outFile: string) => bundleChannel(channel, outFile),
      baselineSource: CHANNEL_BASELINES[channel],
    })),
    {
      name: 'task',
      bundle: (outFile: string) =>
        bundleFile('bench/fixtures/task.ts', outFile),
      baselineSource: 'bench/baselines/task-handler.ts',
    },
  ];

  for (const entry of entries) {
    const handlerFile = join(outDir, `${entry.name}.cjs`);
    const baselineFile = join(outDir, `${entry.name}-baseline.cjs`);
    await entry.bundle(handlerFile);
    await bundleFile(entry.baselineSource, baselineFile);
    pairs.push({
      name: entry.name,
      handlerFile,
      baselineFile,
      baselineSource: entry.baselineSource,
    });
  }

  return pairs;
}
