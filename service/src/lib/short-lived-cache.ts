/** How long an entry may be served: the bound on how late a change made elsewhere is seen. */
export const SHORT_LIVED_TTL_MS = 1000;
/** Entries kept at most; the oldest makes room. */
export const SHORT_LIVED_CACHE_SIZE = 1000;

interface Entry<T> {
  value: Promise<T>;
  until: number;
}

/**
 * A small in-process cache in front of the database for rows read far more often than they
 * change. Entries live at most `ttlMs`, so a change made on any instance (a revoked link, an
 * erased video) is seen by every instance within that time without any message between them;
 * the instance that makes the change forgets its entry at once. Concurrent misses of one key
 * share one database read.
 */
export class ShortLivedCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor({
    ttlMs = SHORT_LIVED_TTL_MS,
    maxEntries = SHORT_LIVED_CACHE_SIZE,
    now = () => performance.now(),
  }: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  /** The cached value of `key`, or `load()`'s, kept for the TTL (a failed load is not kept). */
  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.#now();
    const hit = this.#entries.get(key);
    if (hit && hit.until > now) return hit.value;
    if (hit) this.#entries.delete(key);
    // Every entry lives as long, so the oldest (first in a Map's order) expires first.
    if (this.#entries.size >= this.#maxEntries)
      this.#entries.delete(this.#entries.keys().next().value!);
    const value = load();
    const entry = { value, until: now + this.#ttlMs };
    this.#entries.set(key, entry);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return value;
  }

  forget(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
