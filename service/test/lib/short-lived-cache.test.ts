import { describe, expect, it } from 'vitest';
import { ShortLivedCache } from '#src/lib/short-lived-cache.ts';

function clock() {
  const time = { now: 0 };
  return { time, now: () => time.now };
}

describe('ShortLivedCache', () => {
  it('serves an entry for its lifetime, then reads again', async () => {
    const { time, now } = clock();
    const cache = new ShortLivedCache<string>({ ttlMs: 1000, now });
    let reads = 0;
    const load = async () => `read ${++reads}`;
    expect(await cache.get('a', load)).toBe('read 1');
    time.now = 999;
    expect(await cache.get('a', load)).toBe('read 1');
    time.now = 1000;
    expect(await cache.get('a', load)).toBe('read 2');
  });

  it('shares one read among concurrent misses of a key', async () => {
    const cache = new ShortLivedCache<number>();
    let reads = 0;
    const load = async () => {
      reads += 1;
      await new Promise((r) => setTimeout(r, 10));
      return reads;
    };
    const values = await Promise.all([1, 2, 3, 4].map(() => cache.get('a', load)));
    expect(values).toEqual([1, 1, 1, 1]);
    expect(reads).toBe(1);
  });

  it('keeps at most its size, dropping the oldest entry first', async () => {
    const cache = new ShortLivedCache<string>({ maxEntries: 2 });
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('c', async () => 'c');
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'a again')).toBe('a again');
    expect(await cache.get('c', async () => 'c again')).toBe('c');
  });

  it('forgets an entry at once, and does not keep a failed read', async () => {
    const cache = new ShortLivedCache<string>();
    await cache.get('a', async () => 'old');
    cache.forget('a');
    expect(await cache.get('a', async () => 'new')).toBe('new');
    await expect(cache.get('b', async () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    expect(await cache.get('b', async () => 'back')).toBe('back');
  });
});
