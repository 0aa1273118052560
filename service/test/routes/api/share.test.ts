import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PublicShare } from '@scenra/contracts';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

describe('GET /api/share/:token (public)', async () => {
  const app = await build();
  const owner = newUserId();
  const video = await createVideo(app, owner);

  async function shareWith(payload: object) {
    const v = await createVideo(app, owner);
    const res = await app.inject({
      method: 'POST',
      url: `/api/videos/${v.id}/share`,
      headers: bearer(app, owner),
      payload,
    });
    return res.json().token as string;
  }

  it('has exactly the allowed fields for "prompt + specs + hashtags"', async () => {
    const token = await shareWith({ includeSpecs: true, expiresInDays: 30 });
    const res = await app.inject({ method: 'GET', url: `/api/share/${token}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      ['expiresAt', 'hashtags', 'optimizedPrompt', 'platform', 'sharedAt', 'specs', 'title'].sort(),
    );
    expect(PublicShare.parse(body)).toEqual(body);
    expect(body.optimizedPrompt).toBe(video.optimizedPrompt);
    expect(body.specs).toEqual(video.specs);
    expect(body.hashtags).toEqual(video.hashtags);
    expect(res.body).not.toContain(owner);
  });

  it('has exactly the allowed fields for "prompt only"', async () => {
    const token = await shareWith({ includeSpecs: false });
    const body = (await app.inject({ method: 'GET', url: `/api/share/${token}` })).json();
    expect(Object.keys(body).sort()).toEqual(
      ['expiresAt', 'optimizedPrompt', 'platform', 'sharedAt', 'title'].sort(),
    );
    expect(body.expiresAt).toBeNull();
  });

  it('is public, noindex, no-referrer, revalidated every time, and 304 on a matching ETag', async () => {
    const token = await shareWith({});
    const first = await app.inject({ method: 'GET', url: `/api/share/${token}` });
    expect(first.headers).toMatchObject({
      'cache-control': 'public, max-age=0, must-revalidate',
      'x-robots-tag': 'noindex, nofollow',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.inject({
      method: 'GET',
      url: `/api/share/${token}`,
      headers: { 'if-none-match': `W/"other", ${etag}` },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const changed = await app.inject({
      method: 'GET',
      url: `/api/share/${token}`,
      headers: { 'if-none-match': '"stale"' },
    });
    expect(changed.statusCode).toBe(200);
  });

  it('answers the same 404 for unknown and malformed tokens', async () => {
    const unknown = await app.inject({ method: 'GET', url: `/api/share/${'A'.repeat(32)}` });
    const malformed = await app.inject({ method: 'GET', url: '/api/share/not-a-token' });
    expect(unknown.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(unknown.json()).toEqual(malformed.json());
    expect(unknown.headers['cache-control']).toBe('no-store');
    expect(unknown.headers['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('counts every view, even in parallel, listed for the owner in /api/user/shares', async () => {
    const token = await shareWith({});
    await Promise.all(
      Array.from({ length: 20 }, () => app.inject({ method: 'GET', url: `/api/share/${token}` })),
    );
    await app.inject({ method: 'GET', url: `/share/${token}` });
    // Views are stored off the request path, a moment later.
    let views = 0;
    for (let i = 0; i < 100 && views < 21; i += 1) {
      const list = await app.inject({
        method: 'GET',
        url: '/api/user/shares',
        headers: bearer(app, owner),
      });
      views =
        list.json().shares.find((s: { url: string | null }) => s.url?.endsWith(token))?.views ?? 0;
      if (views < 21) await new Promise((r) => setTimeout(r, 20));
    }
    expect(views).toBe(21);
  });
});

describe('share tokens and the logs', async () => {
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const app = await build({}, { logStream });
  const owner = newUserId();

  it('never writes a token to the log, not even in request URLs', async () => {
    const video = await createVideo(app, owner);
    const res = await app.inject({
      method: 'POST',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(app, owner),
      payload: {},
    });
    const { token } = res.json();
    await app.inject({ method: 'GET', url: `/api/share/${token}` });
    await app.inject({ method: 'GET', url: `/share/${token}` });
    await app.inject({ method: 'GET', url: '/api/user/shares', headers: bearer(app, owner) });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(token);
  });
});
