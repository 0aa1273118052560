import { describe, expect, it } from 'vitest';
import { shareModel } from '#src/models/share.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

/**
 * Every route that touches one video, called by someone else (404, the same answer as for a
 * video that does not exist) and by nobody (401).
 */
describe('cross-user matrix: videos, shares, exports', async () => {
  const app = await build();
  const owner = newUserId();
  const stranger = newUserId();
  const video = await createVideo(app, owner);
  const ownerShare = (
    await app.inject({
      method: 'POST',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(app, owner),
      payload: {},
    })
  ).json();

  const routes: Array<{ method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: object }> = [
    { method: 'GET', url: `/api/videos/${video.id}` },
    { method: 'POST', url: `/api/videos/${video.id}/share`, payload: {} },
    { method: 'POST', url: `/api/videos/${video.id}/share`, payload: { rotate: true } },
    { method: 'DELETE', url: `/api/videos/${video.id}/share` },
    { method: 'GET', url: `/api/videos/${video.id}/export?format=json` },
    { method: 'GET', url: `/api/videos/${video.id}/export?format=md` },
    { method: 'GET', url: `/api/videos/${video.id}/export?format=pdf` },
  ];

  it.each(routes)('$method $url → 404 for another user, like a missing video', async (route) => {
    for (const tier of ['free', 'premium'] as const) {
      const res = await app.inject({ ...route, headers: bearer(app, stranger, tier) });
      expect(res.statusCode).toBe(404);
      const missing = await app.inject({
        ...route,
        url: route.url.replace(video.id, '65b0000000000000000fffff'),
        headers: bearer(app, stranger, tier),
      });
      expect(res.json()).toEqual(missing.json());
      expect(res.body).not.toContain(video.optimizedPrompt.slice(0, 30));
    }
  });

  it.each(routes)('$method $url → 401 without a user', async (route) => {
    const res = await app.inject(route);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it.each(['/api/user/shares', '/api/me'])('%s → 401 without a user', async (url) => {
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('left the owner’s link untouched and made none for the stranger', async () => {
    expect(
      (await app.inject({ method: 'GET', url: `/api/share/${ownerShare.token}` })).statusCode,
    ).toBe(200);
    expect(await shareModel(app.db).countDocuments({ videoId: video.id })).toBe(1);
    const theirs = await app.inject({
      method: 'GET',
      url: '/api/user/shares',
      headers: bearer(app, stranger),
    });
    expect(theirs.json().shares).toEqual([]);
  });
});
