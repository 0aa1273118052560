import { readFileSync } from 'node:fs';
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { generationCopyModel } from '#src/models/generation-copy.ts';
import { grantCredits } from '#src/services/credits.ts';
import { build } from '#test/helpers/build.ts';
import {
  downloadContent,
  readGeneration,
  startGeneration,
  waitUntilDone,
} from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

const sampleClip = readFileSync(new URL('../../../../assets/sandbox.mp4', import.meta.url));

describe('the finished video: one stored copy, served with Range to its owner only', async () => {
  const app = await build({ SANDBOX_RENDER_MS: '300' }, { listen: true });
  const owner = { id: newUserId(), tier: 'premium' as const };
  const stranger = { id: newUserId(), tier: 'premium' as const };
  await grantCredits(app.db, owner.id, 'test', 1000);
  const video = await createVideo(app, owner.id, {}, 'premium');
  const started = await startGeneration(app, owner, video.id);
  const generationId: string = started.json().id;

  it('is not served before it is ready', async () => {
    const early = await downloadContent(app, owner, generationId);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('generation_not_ready');
  });

  it('is copied into storage exactly once, however many reads see it complete', async () => {
    await new Promise((resolve) => setTimeout(resolve, 350));
    const reads = await Promise.all(
      Array.from({ length: 15 }, () => readGeneration(app, owner, generationId)),
    );
    expect(reads.every((r) => r.statusCode === 200)).toBe(true);
    expect(reads.some((r) => r.json().status === 'completed')).toBe(true);
    const done = await waitUntilDone(app, owner, generationId);
    expect(done.status).toBe('completed');

    const files = await app.db
      .db!.collection('generated_videos.files')
      .find({ 'metadata.generationId': new Types.ObjectId(generationId) })
      .toArray();
    expect(files).toHaveLength(1);
    expect(files[0]!.length).toBe(sampleClip.length);
    const claims = await generationCopyModel(app.db).countDocuments({
      generationId: new Types.ObjectId(generationId),
    });
    expect(claims).toBe(1);
  });

  it('answers a Range with 206 and exactly those bytes', async () => {
    const head = await downloadContent(app, owner, generationId, { range: 'bytes=0-99' });
    expect(head.statusCode).toBe(206);
    expect(head.headers['content-range']).toBe(`bytes 0-99/${sampleClip.length}`);
    expect(head.headers['content-length']).toBe('100');
    expect(head.rawPayload.equals(sampleClip.subarray(0, 100))).toBe(true);

    const middle = await downloadContent(app, owner, generationId, { range: 'bytes=30000-30999' });
    expect(middle.statusCode).toBe(206);
    expect(middle.rawPayload.equals(sampleClip.subarray(30000, 31000))).toBe(true);

    const tail = await downloadContent(app, owner, generationId, { range: 'bytes=-500' });
    expect(tail.statusCode).toBe(206);
    expect(tail.headers['content-range']).toBe(
      `bytes ${sampleClip.length - 500}-${sampleClip.length - 1}/${sampleClip.length}`,
    );
    expect(tail.rawPayload.equals(sampleClip.subarray(-500))).toBe(true);

    const open = await downloadContent(app, owner, generationId, { range: 'bytes=60000-' });
    expect(open.rawPayload.equals(sampleClip.subarray(60000))).toBe(true);
  });

  it('answers HEAD with the headers of GET and no body, so a player can probe the file', async () => {
    const whole = await downloadContent(app, owner, generationId, {}, 'HEAD');
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('video/mp4');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-length']).toBe(String(sampleClip.length));
    expect(whole.rawPayload.length).toBe(0);

    const part = await downloadContent(app, owner, generationId, { range: 'bytes=0-99' }, 'HEAD');
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-99/${sampleClip.length}`);
    expect(part.headers['content-length']).toBe('100');
    expect(part.rawPayload.length).toBe(0);

    const theirs = await downloadContent(app, stranger, generationId, {}, 'HEAD');
    expect(theirs.statusCode).toBe(404);
    expect(theirs.rawPayload.length).toBe(0);
  });

  it('answers 416 for a range past the end', async () => {
    const res = await downloadContent(app, owner, generationId, {
      range: `bytes=${sampleClip.length}-`,
    });
    expect(res.statusCode).toBe(416);
    expect(res.headers['content-range']).toBe(`bytes */${sampleClip.length}`);
  });

  it('gives another user 404 on the generation and its content, as for a missing one', async () => {
    const theirs = await readGeneration(app, stranger, generationId);
    const missing = await readGeneration(app, stranger, new Types.ObjectId().toString());
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toEqual(missing.json());
    const content = await downloadContent(app, stranger, generationId);
    expect(content.statusCode).toBe(404);
    expect(content.body).not.toContain('ftyp');
  });
});
