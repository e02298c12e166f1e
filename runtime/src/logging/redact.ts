import { createHash } from 'node:crypto';

/**
 * Field names whose values are always redacted, at every level: recipients,
 * rendered content and secrets. Matching is on the snake_case key and is
 * case-insensitive on substrings (`email_recipients`, `api_token`).
 */
const SENSITIVE_KEY_PATTERN =
  /recipient|address|subject|body|html|text|content|secret|token|password|authorization|api_key|credential|signature/i;

/** True when a log field of this name must never appear in clear. */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY_PATTERN.test(key);
}

/** Length and a short hash: enough to tell two values apart, not to read them. */
function fingerprint(text: string): string {
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 12);

  return `[redacted ${text.length} chars sha256:${digest}]`;
}

/**
 * Redacts an email address to its first character and domain.
 *
 * @example
 * redactEmailAddress('alice@example.com'); // 'a***@example.com'
 */
export function redactEmailAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) {
    return fingerprint(address);
  }

  return `${address[0]}***${address.slice(at)}`;
}

/**
 * Redacts any value for a log line: strings become a length and hash
 * fingerprint (email addresses keep their domain), arrays and objects are
 * redacted element by element, numbers and booleans pass through.
 *
 * @example
 * redact(['alice@example.com']); // ['a***@example.com']
 * redact('Dear Alice, your balance is 12'); // '[redacted 30 chars sha256:…]'
 */
export function redact(value: unknown): unknown {
  if (typeof value === 'string') {
    return /^[^\s@]+@[^\s@]+$/.test(value)
      ? redactEmailAddress(value)
      : fingerprint(value);
  }

  if (Array.isArray(value)) {
    return value.map(redact);
  }

  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, redact(entry)]),
    );
  }

  return value;
}

/**
 * Strips the query string, fragment and credentials from a URL so a signed or
 * tokenised URL can be named in an error or log line.
 *
 * @example
 * redactUrl('https://u:p@host/t.html?sig=abc'); // 'https://host/t.html'
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);

    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return fingerprint(url);
  }
}
