import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TemplateSourceError } from '../../../src/errors.js';
import { TemplateLoader } from '../../../src/templates/template-loader.js';
import {
  startHttpServer,
  type LocalHttpServer,
} from '../../helpers/http-server.js';

describe('URL template source', () => {
  let http: LocalHttpServer;
  const hits = new Map<string, number>();

  beforeAll(async () => {
    http = await startHttpServer((request, response) => {
      hits.set(request.url ?? '/', (hits.get(request.url ?? '/') ?? 0) + 1);
      const path = new URL(request.url ?? '/', 'http://local').pathname;
      if (path === '/subject.txt') {
        response.end('Report for {{ day }}');
      } else if (path === '/big') {
        response.write('x'.repeat(600));
        response.end('x'.repeat(600));
      } else if (path === '/unavailable') {
        response.statusCode = 503;
        response.end('down');
      } else if (path === '/slow') {
        // Never answers: the loader's timeout must fire.
      } else {
        response.statusCode = 404;
        response.end();
      }
    });
  });

  afterAll(async () => {
    await http.stop();
  });

  it('fetches a template once per container', async () => {
    const loader = new TemplateLoader({ env: {} });
    const source = `${http.url}/subject.txt?token=abc`;

    const first = await loader.load(source);
    const second = await loader.load(source);

    expect(first.text).toBe('Report for {{ day }}');
    expect(second.text).toBe(first.text);
    expect(hits.get('/subject.txt?token=abc')).toBe(1);
  });

  it.each([
    ['a 404 as permanent', '/missing', true, /error status/],
    ['a 503 as transient', '/unavailable', false, /error status/],
    ['a timeout as transient', '/slow', false, /could not be fetched/],
    [
      'a body over the size cap as permanent',
      '/big',
      true,
      /size cap of 1000 bytes/,
    ],
  ])('reports %s', async (_case, path, permanent, message) => {
    const loader = new TemplateLoader({
      env: {},
      urlTimeoutMs: 200,
      maxBytes: 1000,
    });

    const load = loader.load(`${http.url}${path}?sig=secret`);

    await expect(load).rejects.toThrow(TemplateSourceError);
    await expect(load).rejects.toThrow(message);
    await expect(load).rejects.toMatchObject({
      permanent,
      context: { template_source: `${http.url}${path}` },
    });
  });

  it('retries a failed fetch on the next load instead of caching the failure', async () => {
    const loader = new TemplateLoader({ env: {}, urlTimeoutMs: 200 });

    await expect(loader.load(`${http.url}/unavailable`)).rejects.toThrow();
    await expect(loader.load(`${http.url}/unavailable`)).rejects.toThrow();

    expect(hits.get('/unavailable')).toBeGreaterThanOrEqual(2);
  });
});
