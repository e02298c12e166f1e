import { describe, expect, it } from 'vitest';

import {
  redact,
  redactEmailAddress,
  redactUrl,
} from '../../src/logging/redact.js';

describe('redactEmailAddress', () => {
  it('keeps only the first character and the domain', () => {
    const redacted = redactEmailAddress('alice@example.com');

    expect(redacted).toBe('a***@example.com');
  });
});

describe('redact', () => {
  it('fingerprints text so equal values match but cannot be read', () => {
    const first = redact('Dear Alice');
    const second = redact('Dear Alice');
    const other = redact('Dear Bob');

    expect(first).toBe(second);
    expect(first).not.toBe(other);
    expect(String(first)).not.toContain('Alice');
    expect(String(first)).toMatch(
      /^\[redacted 10 chars sha256:[0-9a-f]{12}\]$/,
    );
  });

  it('redacts arrays and objects element by element and keeps numbers', () => {
    const redacted = redact({ to: ['bob@example.org'], count: 2 });

    expect(redacted).toEqual({ to: ['b***@example.org'], count: 2 });
  });
});

describe('redactUrl', () => {
  it.each([
    [
      'https://user:pw@cdn.example.com/t/a.html?X-Amz-Signature=abc#x',
      'https://cdn.example.com/t/a.html',
    ],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/x'],
  ])('strips credentials, query and fragment from %s', (url, expected) => {
    const redacted = redactUrl(url);

    expect(redacted).toBe(expected);
  });
});
