/** Defaults of {@link DeliveredCache}. */
export const DELIVERED_CACHE_DEFAULTS = {
  /** Longest a delivered key is remembered: 1 hour. */
  ttlMs: 60 * 60 * 1000,
  /** Most keys remembered; the oldest is forgotten first. */
  maxEntries: 10_000,
} as const;

/** Options of {@link DeliveredCache}. */
export interface DeliveredCacheOptions {
  /** How long a key is remembered. Default: 1 hour. */
  readonly ttlMs?: number;
  /** How many keys are remembered. Default: 10 000. */
  readonly maxEntries?: number;
  /** Clock in ms. Default: `Date.now`. */
  readonly now?: () => number;
}

/**
 * Remembers which results this container has delivered, so a redelivery of
 * one (after a Lambda timeout, or a duplicate publish to a standard topic)
 * is acknowledged without sending it again. In memory only: it does not
 * survive a cold start and is not shared between concurrent containers.
 */
export class DeliveredCache {
  private readonly entries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: DeliveredCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? DELIVERED_CACHE_DEFAULTS.ttlMs;
    this.maxEntries = options.maxEntries ?? DELIVERED_CACHE_DEFAULTS.maxEntries;
    this.now = options.now ?? Date.now;
  }

  /** True when `key` was marked delivered within the TTL. */
  has(key: string): boolean {
    const expiresAt = this.entries.get(key);
    if (expiresAt === undefined) {
      return false;
    }
    if (expiresAt <= this.now()) {
      this.entries.delete(key);

      return false;
    }

    return true;
  }

  /** Records `key` as delivered. */
  add(key: string): void {
    this.entries.delete(key);
    this.entries.set(key, this.now() + this.ttlMs);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) {
        break;
      }
      this.entries.delete(oldest);
    }
  }

  /** Number of keys held (expired ones included until looked up). */
  get size(): number {
    return this.entries.size;
  }
}
