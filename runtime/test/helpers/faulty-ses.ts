import { startHttpServer, type LocalHttpServer } from './http-server.js';

/** A fault the proxy injects for one email, chosen by a token in its subject. */
export type SesFault = 'throttle' | '5xx' | 'timeout' | 'reject';

/**
 * A local HTTP proxy in front of aws-ses-v2-local that injects faults. An
 * email whose subject contains `fault=<kind>:<times>` fails its first
 * `<times>` sends with that fault (`reject` always fails); every other
 * request is forwarded.
 */
export interface FaultySes extends LocalHttpServer {
  /** Send attempts per fault token seen. */
  readonly attempts: Map<string, number>;
}

const FAULT_TOKEN = /fault=(throttle|5xx|timeout|reject):(\d+)/;

/** Starts the fault-injecting proxy on 127.0.0.1 in front of `targetEndpoint`. */
export async function startFaultySes(
  targetEndpoint: string,
): Promise<FaultySes> {
  const attempts = new Map<string, number>();

  const http = await startHttpServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const token = FAULT_TOKEN.exec(body);
      if (token) {
        const [key, kind, times] = token as unknown as [
          string,
          SesFault,
          string,
        ];
        const attempt = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, attempt);
        if (kind === 'reject' || attempt <= Number(times)) {
          injectFault(kind, response);
          return;
        }
      }
      void forward(
        targetEndpoint,
        request.method ?? 'POST',
        request.url ?? '/',
        request.headers,
        body,
      )
        .then(({ status, text, contentType }) => {
          response.writeHead(status, { 'content-type': contentType });
          response.end(text);
        })
        .catch(() => {
          response.writeHead(502);
          response.end();
        });
    });
  });

  return Object.assign(http, { attempts });
}

function injectFault(
  kind: SesFault,
  response: import('node:http').ServerResponse,
): void {
  const error = (status: number, type: string, message: string) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      'x-amzn-errortype': type,
    });
    response.end(JSON.stringify({ message }));
  };
  switch (kind) {
    case 'throttle':
      return error(
        429,
        'TooManyRequestsException',
        'Maximum sending rate exceeded.',
      );
    case '5xx':
      return error(503, 'ServiceUnavailable', 'Service unavailable.');
    case 'reject':
      return error(400, 'MessageRejected', 'Email address is not verified.');
    case 'timeout':
      // Never answer: the client's request timeout must fire.
      return;
  }
}

async function forward(
  target: string,
  method: string,
  path: string,
  headers: import('node:http').IncomingHttpHeaders,
  body: string,
): Promise<{ status: number; text: string; contentType: string }> {
  const response = await fetch(`${target}${path}`, {
    method,
    headers: {
      'content-type': String(headers['content-type'] ?? 'application/json'),
      authorization: String(headers.authorization ?? ''),
    },
    body: method === 'GET' ? undefined : body,
  });

  return {
    status: response.status,
    text: await response.text(),
    contentType: response.headers.get('content-type') ?? 'application/json',
  };
}
