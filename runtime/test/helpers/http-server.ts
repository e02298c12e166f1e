import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server on 127.0.0.1 and a free port. */
export interface LocalHttpServer {
  readonly url: string;
  readonly server: Server;
  stop(): Promise<void>;
}

/** Starts `listener` on 127.0.0.1 on a free port. */
export async function startHttpServer(
  listener: RequestListener,
): Promise<LocalHttpServer> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    server,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
