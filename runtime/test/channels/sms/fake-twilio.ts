import type { IncomingMessage } from 'node:http';

import {
  startHttpServer,
  type LocalHttpServer,
} from '../../helpers/http-server.js';

/** One Messages API request the fake received. */
export interface TwilioRequest {
  readonly accountSid: string;
  readonly authorization: string;
  readonly form: Record<string, string>;
}

/** A reply the fake gives for a `To` number. */
export interface TwilioReply {
  readonly status: number;
  readonly code?: number;
}

/** A local fake of Twilio's Messages API, on 127.0.0.1 and a free port. */
export interface FakeTwilio extends LocalHttpServer {
  readonly requests: TwilioRequest[];
  /** Queues replies for a recipient; once used up, the fake answers 201. */
  replyTo(to: string, ...replies: TwilioReply[]): void;
}

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);

  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Speaks the shape of `POST /2010-04-01/Accounts/{sid}/Messages.json`:
 * form-encoded input, Basic auth, 201 with a message resource, or an error
 * body `{ code, message, more_info, status }`.
 */
export async function startFakeTwilio(): Promise<FakeTwilio> {
  const requests: TwilioRequest[] = [];
  const replies = new Map<string, TwilioReply[]>();
  let sequence = 0;

  const server = await startHttpServer((request, response) => {
    void (async () => {
      const match = MESSAGES_PATH.exec(request.url ?? '');
      const form = Object.fromEntries(
        new URLSearchParams(await readBody(request)),
      );
      if (request.method !== 'POST' || !match) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ code: 20404, status: 404 }));
        return;
      }
      requests.push({
        accountSid: decodeURIComponent(match[1]!),
        authorization: request.headers.authorization ?? '',
        form,
      });

      const reply = replies.get(form.To ?? '')?.shift();
      if (reply && reply.status >= 300) {
        response.writeHead(reply.status, {
          'content-type': 'application/json',
        });
        response.end(
          JSON.stringify({
            code: reply.code,
            message: `The 'To' number ${form.To} is not valid.`,
            more_info: `https://www.twilio.com/docs/errors/${reply.code}`,
            status: reply.status,
          }),
        );
        return;
      }
      sequence += 1;
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          sid: `SM${String(sequence).padStart(32, '0')}`,
          status: 'queued',
          to: form.To,
          body: form.Body,
        }),
      );
    })();
  });

  return {
    ...server,
    requests,
    replyTo(to, ...queued) {
      replies.set(to, [...(replies.get(to) ?? []), ...queued]);
    },
  };
}
