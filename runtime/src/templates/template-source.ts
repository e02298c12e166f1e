import { TemplateSourceError } from '../errors.js';
import { redactUrl } from '../logging/redact.js';

/** A template source string, parsed (contract §3). */
export type ParsedTemplateSource =
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'env'; readonly name: string }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 's3'; readonly bucket: string; readonly key: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A name for a source that is safe in errors and logs: inline text is
 * reduced to its length, URLs lose their query string and credentials.
 */
export function describeTemplateSource(source: string): string {
  if (source.startsWith('inline:')) {
    return `inline:(${source.length - 'inline:'.length} chars)`;
  }
  if (/^https?:\/\//.test(source)) {
    return redactUrl(source);
  }

  return source.slice(0, 256);
}

function invalid(source: string, rule: string): TemplateSourceError {
  return new TemplateSourceError(`Template source is invalid: ${rule}.`, {
    context: { template_source: describeTemplateSource(source) },
  });
}

/**
 * Parses a template source: `inline:<text>`, `env:<NAME>`, `file:<path>`,
 * `https://…` or `s3://<bucket>/<key>`. Plain `http://` is accepted only for
 * loopback hosts (local tests and the demo).
 *
 * @throws TemplateSourceError (permanent) naming the source, never its text.
 */
export function parseTemplateSource(source: string): ParsedTemplateSource {
  if (source.startsWith('inline:')) {
    return { kind: 'inline', text: source.slice('inline:'.length) };
  }
  if (source.startsWith('env:')) {
    const name = source.slice('env:'.length);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw invalid(source, 'env: needs an environment variable name');
    }

    return { kind: 'env', name };
  }
  if (source.startsWith('file:')) {
    const path = source.slice('file:'.length);
    if (path === '') {
      throw invalid(source, 'file: needs a path');
    }

    return { kind: 'file', path };
  }
  if (source.startsWith('s3://')) {
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(source);
    if (!match?.[1] || !match[2]) {
      throw invalid(source, 's3:// needs a bucket and a key');
    }

    return { kind: 's3', bucket: match[1], key: match[2] };
  }
  if (source.startsWith('https://') || source.startsWith('http://')) {
    let url: URL;
    try {
      url = new URL(source);
    } catch {
      throw invalid(source, 'not a URL');
    }
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
      throw invalid(source, 'http:// is allowed only for loopback hosts');
    }

    return { kind: 'url', url: source };
  }

  throw invalid(
    source,
    'expected inline:, env:, file:, https:// or s3:// at the start',
  );
}
