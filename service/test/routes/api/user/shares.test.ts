import { describe, expect, it } from 'vitest';
import { ShareList } from '@scenra/contracts';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

describe('GET /api/user/shares', async () => {
  const app = await build();
  const me = newUserId();
  const [a, b] = [
    await createVideo(app, me, { title: 'First' }),
    await createVideo(app, me, { title: 'Second' }),
  ];
  const share = (videoId: string, payload: object = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/videos/${videoId}/share`,
      headers: bearer(app, me),
      payload,
    });

  it('lists every link, newest first, with status, views and a copyable URL only while active', async () => {
    const old = (await share(a.id)).json();
    const current = (await share(a.id, { rotate: true, includeSpecs: false })).json();
    const other = (await share(b.id, { expiresInDays: 30 })).json();
    await app.inject({
      method: 'DELETE',
      url: `/api/videos/${b.id}/share`,
      headers: bearer(app, me),
    });

    const res = await app.inject({
      method: 'GET',
      url: '/api/user/shares',
      headers: bearer(app, me),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { shares } = ShareList.parse(res.json());
    expect(shares.map((s) => s.id)).toEqual([other.id, current.id, old.id]);
    expect(shares[0]).toMatchObject({ videoTitle: 'Second', status: 'revoked', url: null });
    expect(shares[0]!.revokedAt).not.toBeNull();
    expect(shares[1]).toMatchObject({
      videoTitle: 'First',
      status: 'active',
      url: current.url,
      includeSpecs: false,
    });
    // The rotated link is "replaced", not "revoked": the owner made a new URL, not an end.
    expect(shares[2]).toMatchObject({ status: 'replaced', url: null });
    expect(shares[2]!.revokedAt).not.toBeNull();
  });

  it('shows nobody else’s links', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/user/shares',
      headers: bearer(app, newUserId()),
    });
    expect(res.json()).toEqual({ shares: [] });
    expect((await app.inject({ method: 'GET', url: '/api/user/shares' })).statusCode).toBe(401);
  });
});
