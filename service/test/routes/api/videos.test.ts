import { describe, expect, it } from 'vitest';
import { Video } from '@scenra/contracts';
import { demoUsers, demoVideos } from '#src/seed/demo-data.ts';
import { bearer, build } from '#test/helpers/build.ts';

const [free, , premium] = demoUsers;
const freeVideo = demoVideos.free[0]!;

describe('videos', async () => {
  const app = await build({ SEED_DEMO: '1' });

  it('lists only my videos, newest first', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/videos',
      headers: bearer(app, free!.id),
    });
    expect(res.statusCode).toBe(200);
    const ids = res.json().videos.map((v: { id: string }) => v.id);
    expect(ids).toEqual(demoVideos.free.map((v) => v.id));
  });

  it('returns my video in the contract shape', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/videos/${freeVideo.id}`,
      headers: bearer(app, free!.id),
    });
    expect(res.statusCode).toBe(200);
    const video = Video.parse(res.json());
    expect(video.optimizedPrompt).toBe(freeVideo.optimizedPrompt);
    expect(video.specs.aspectRatio).toBe('9:16');
    expect(video).not.toHaveProperty('ownerId');
  });

  it("answers 404 for another user's video, exactly as for a missing one", async () => {
    const theirs = await app.inject({
      method: 'GET',
      url: `/api/videos/${freeVideo.id}`,
      headers: bearer(app, premium!.id, 'premium'),
    });
    const missing = await app.inject({
      method: 'GET',
      url: '/api/videos/65b0000000000000000fffff',
      headers: bearer(app, premium!.id, 'premium'),
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toEqual(missing.json());
  });

  it('names the bad id', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/videos/nope',
      headers: bearer(app, free!.id),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('id');
  });
});
