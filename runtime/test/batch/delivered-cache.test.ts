import { describe, expect, it } from 'vitest';

import { DeliveredCache } from '../../src/batch/delivered-cache.js';

describe('DeliveredCache', () => {
  it('remembers a key until its TTL passes', () => {
    let now = 0;
    const cache = new DeliveredCache({ ttlMs: 100, now: () => now });

    cache.add('k');
    const before = cache.has('k');
    now = 100;
    const after = cache.has('k');

    expect(before).toBe(true);
    expect(after).toBe(false);
  });

  it('forgets the oldest key beyond maxEntries', () => {
    const cache = new DeliveredCache({ maxEntries: 2 });

    cache.add('a');
    cache.add('b');
    cache.add('c');

    expect(cache.has('a')).toBe(false);
    expect(cache.has('b')).toBe(true);
    expect(cache.has('c')).toBe(true);
    expect(cache.size).toBe(2);
  });
});
