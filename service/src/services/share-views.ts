import type { FastifyBaseLogger } from 'fastify';
import type { Connection } from 'mongoose';
import { shareViewModel } from '../models/share-view.ts';

/** How long views gather before one write per link; the page never waits for it. */
const FLUSH_DELAY_MS = 250;

/**
 * Counts share views off the request path. Views gather in memory and each flush inserts one
 * row per link with its count (see models/share-view.ts): inserts from any number of
 * instances add up exactly, where `$inc`s on one row lose updates on FerretDB. Under load
 * this is one write per link per interval, not per view.
 */
export class ShareViewCounter {
  readonly #db: Connection;
  readonly #log: FastifyBaseLogger;
  readonly #pending = new Map<string, number>();
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;

  constructor({ db, log }: { db: Connection; log: FastifyBaseLogger }) {
    this.#db = db;
    this.#log = log;
  }

  record(shareId: string): void {
    this.#pending.set(shareId, (this.#pending.get(shareId) ?? 0) + 1);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer || this.#flushing) return;
    this.#timer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
    this.#timer.unref();
  }

  /** Writes what has gathered; resolves once it is stored (used on close and by tests). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#flushing) await this.#flushing;
    if (this.#pending.size === 0) return;
    const batch = [...this.#pending];
    this.#pending.clear();
    this.#flushing = this.#write(batch).finally(() => {
      this.#flushing = undefined;
      if (this.#pending.size) this.#schedule();
    });
    await this.#flushing;
  }

  async #write(batch: Array<[string, number]>): Promise<void> {
    try {
      const at = new Date();
      await shareViewModel(this.#db).insertMany(
        batch.map(([shareId, count]) => ({ shareId, count, at })),
      );
    } catch (error) {
      // A view count is not worth failing anything for: keep the counts for the next try.
      for (const [id, count] of batch) this.#pending.set(id, (this.#pending.get(id) ?? 0) + count);
      const { name, message } = error as Error;
      this.#log.warn({ err: { name, message } }, 'share views not stored yet');
    }
  }
}
