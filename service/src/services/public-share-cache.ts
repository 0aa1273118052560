/** How long a cached link may be served: the bound on how late a revocation reaches an instance. */
export const PUBLIC_SHARE_TTL_MS = 1000;
/** Links kept at most; the oldest entry makes room. */
export const PUBLIC_SHARE_CACHE_SIZE = 1000;

interface Entry<T> {
  value: Promise<T>;
  until: number;
}

/**
 * A small cache of public links in front of the database, keyed by share id. Entries live at
 * most `ttlMs`, so a revocation made on any instance stops every instance serving the link
 * within that time without any message between them; the instance that revokes forgets its
 * entry at once. Concurrent misses of one key share one database read.
 */
export class PublicShareCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor({
    ttlMs = PUBLIC_SHARE_TTL_MS,
    maxEntries = PUBLIC_SHARE_CACHE_SIZE,
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
