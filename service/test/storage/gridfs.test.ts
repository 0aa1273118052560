import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { parseRange } from '#src/storage/range.ts';
import { build } from '#test/helpers/build.ts';

const mp4 = readFileSync(new URL('../../assets/sandbox.mp4', import.meta.url));

describe('GridFS storage', async () => {
  const app = await build();

  it('stores a file and reads it back whole and by range', async () => {
    const id = new Types.ObjectId().toString();
    const stored = await app.storage.put(id, Readable.from([mp4]), {
      contentType: 'video/mp4',
      filename: 'a.mp4',
    });
    expect(stored.length).toBe(mp4.length);
    expect(await app.storage.stat(id)).toEqual({
      id,
      length: mp4.length,
      contentType: 'video/mp4',
    });
    expect((await buffer(app.storage.read(id))).equals(mp4)).toBe(true);
    // A range that crosses a chunk boundary (chunks are 255 KiB; the file is smaller, so
    // also read from the middle to the very last byte).
    const part = await buffer(app.storage.read(id, { start: 1000, end: mp4.length - 1 }));
    expect(part.equals(mp4.subarray(1000))).toBe(true);
    const head = await buffer(app.storage.read(id, { start: 0, end: 7 }));
    expect(head.equals(mp4.subarray(0, 8))).toBe(true);
  });

  it('removes a partial file when the source fails', async () => {
    const id = new Types.ObjectId().toString();
    const failing = new Readable({
      read() {
        this.push(mp4.subarray(0, 1000));
        this.destroy(new Error('provider connection reset'));
      },
    });
    await expect(
      app.storage.put(id, failing, { contentType: 'video/mp4', filename: 'b.mp4' }),
    ).rejects.toThrow('provider connection reset');
    expect(await app.storage.stat(id)).toBeUndefined();
    const chunks = await app.db.db!.collection('generated_videos.chunks').countDocuments({
      files_id: new Types.ObjectId(id),
    });
    expect(chunks).toBe(0);
  });

  it('says nothing is there for an unknown id', async () => {
    expect(await app.storage.stat(new Types.ObjectId().toString())).toBeUndefined();
  });
});

describe('parseRange', () => {
  it('reads the forms a video element sends', () => {
    expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
  });

  it('answers unsatisfiable past the end', () => {
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
  });

  it('ignores what it cannot serve as one range', () => {
    expect(parseRange(undefined, 100)).toBeUndefined();
    expect(parseRange('items=0-1', 100)).toBeUndefined();
    expect(parseRange('bytes=0-1,5-6', 100)).toBeUndefined();
    expect(parseRange('bytes=20-10', 100)).toBeUndefined();
    expect(parseRange('bytes=-', 100)).toBeUndefined();
  });
});
