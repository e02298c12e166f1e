import { buildApp } from 'fauxqs';

import { LOCAL_HOST, LOCAL_REGION } from './local-defaults.js';

/** A running in-process fauxqs (SNS, SQS, S3) on 127.0.0.1. */
export interface LocalFauxqs {
  /** Base URL, e.g. `http://127.0.0.1:41234`; the endpoint of SNS, SQS and S3. */
  readonly endpoint: string;
  readonly port: number;
  /** Stops the server and its timers. */
  stop(): Promise<void>;
}

/**
 * Starts fauxqs in this process on 127.0.0.1 and a free port. Its own
 * `startFauxqs` and CLI bind 0.0.0.0, so this builds the app and listens
 * itself.
 */
export async function startFauxqs(
  options: { readonly port?: number } = {},
): Promise<LocalFauxqs> {
  const app = buildApp({ logger: false, defaultRegion: LOCAL_REGION });
  const address = await app.listen({
    port: options.port ?? 0,
    host: LOCAL_HOST,
  });
  const port = Number(new URL(address).port);

  return {
    endpoint: `http://${LOCAL_HOST}:${port}`,
    port,
    stop: async () => {
      await app.close();
    },
  };
}
