import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const STARTUP_TIMEOUT_MS = 10_000;
const POLL_INTERVAL_MS = 50;

/** A running `docker-registry` on 127.0.0.1. */
export interface LocalRegistry {
  /** `127.0.0.1:<port>`, the host part of image references. */
  readonly host: string;
  readonly stop: () => Promise<void>;
}

/** Basic-auth credentials for a registry that requires a login. */
export interface RegistryCredentials {
  readonly username: string;
  /** A bcrypt hash of the password, as htpasswd writes it. */
  readonly bcryptHash: string;
}

/**
 * Starts the distribution registry from a config file in `dir`, bound to
 * 127.0.0.1 on a free port, with storage in `dir` too.
 */
export async function startRegistry(
  dir: string,
  credentials?: RegistryCredentials,
): Promise<LocalRegistry> {
  const port = await freePort();
  const config = join(dir, 'config.yml');
  const auth = credentials
    ? [
        'auth:',
        '  htpasswd:',
        '    realm: lambdacron-test',
        `    path: ${join(dir, 'htpasswd')}`,
      ]
    : [];
  if (credentials) {
    writeFileSync(
      join(dir, 'htpasswd'),
      `${credentials.username}:${credentials.bcryptHash}\n`,
    );
  }
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      ...auth,
      '',
    ].join('\n'),
  );

  const child = spawn('docker-registry', ['serve', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const host = `127.0.0.1:${port}`;
  await waitUntilUp(host, child, () => stderr);

  return { host, stop: () => stopProcess(child) };
}

async function waitUntilUp(
  host: string,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited: ${stderr()}`);
    }
    try {
      const response = await fetch(`http://${host}/v2/`);
      // 401 is "up, and asking for a login".
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  child.kill('SIGKILL');
  throw new Error(`docker-registry did not answer on ${host}: ${stderr()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
