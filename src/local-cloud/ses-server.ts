import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import sesLocalModule from 'aws-ses-v2-local';

import { LOCAL_HOST } from './local-defaults.js';

/** One email captured by aws-ses-v2-local. */
export interface CapturedEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: { readonly to: readonly string[] };
  readonly subject: string;
  readonly body: { readonly html?: string; readonly text?: string };
  readonly at: number;
}

/** A running in-process aws-ses-v2-local on 127.0.0.1. */
export interface LocalSes {
  /** SES endpoint, e.g. `http://127.0.0.1:41235`. */
  readonly endpoint: string;
  readonly port: number;
  /** Emails captured so far (the store is per process). */
  emails(): Promise<CapturedEmail[]>;
  /** Empties the store. */
  clear(): Promise<void>;
  stop(): Promise<void>;
}

type StartSes = (config: { host: string; port: number }) => Promise<Server>;

// aws-ses-v2-local is CommonJS with `exports.default`; depending on the
// loader the default import is the function or the exports object.
const startSesServer: StartSes =
  (sesLocalModule as unknown as { default?: StartSes }).default ??
  (sesLocalModule as unknown as StartSes);

/**
 * Starts aws-ses-v2-local in this process on 127.0.0.1 and a free port (its
 * default host is every interface).
 */
export async function startSes(
  options: { readonly port?: number } = {},
): Promise<LocalSes> {
  const server = await startSesServer({
    host: LOCAL_HOST,
    port: options.port ?? 0,
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://${LOCAL_HOST}:${port}`;

  return {
    endpoint,
    port,
    emails: async () => {
      const response = await fetch(`${endpoint}/store`);
      const store = (await response.json()) as { emails: CapturedEmail[] };

      return store.emails;
    },
    clear: async () => {
      await fetch(`${endpoint}/clear-store`, { method: 'POST' });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
