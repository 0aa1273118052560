import { describe, expect, it } from 'vitest';
import { ActiveShare, ShareConflictDetails, ShareLink, ShareResult } from '@scenra/contracts';
import { shareModel } from '#src/models/share.ts';
import { hashShareToken } from '#src/services/shares.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('POST/DELETE /api/videos/:id/share', async () => {
  const app = await build();
  const Share = shareModel(app.db);

  const share = (
    userId: string,
    videoId: string,
    payload?: object,
    tier: 'free' | 'premium' = 'free',
  ) =>
    app.inject({
      method: 'POST',
      url: `/api/videos/${videoId}/share`,
      headers: bearer(app, userId, tier),
      ...(payload ? { payload } : {}),
    });
  const publicView = (token: string) => app.inject({ method: 'GET', url: `/api/share/${token}` });

  it('makes a link with ≥128-bit token, defaults "prompt + specs", never expiring, no-store', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const res = await share(me, video.id);
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = ShareResult.parse(res.json());
    expect(body).toMatchObject({
      videoId: video.id,
      includeSpecs: true,
      expiresAt: null,
      created: true,
      views: 0,
    });
    expect(Buffer.from(body.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(body.url).toBe(`${app.config.publicUrl}/share/${body.token}`);
  });

  const update = (userId: string, videoId: string, payload: object) =>
    app.inject({
      method: 'PATCH',
      url: `/api/videos/${videoId}/share`,
      headers: bearer(app, userId),
      payload,
    });
  const active = (userId: string, videoId: string) =>
    app.inject({
      method: 'GET',
      url: `/api/videos/${videoId}/share`,
      headers: bearer(app, userId),
    });

  it('returns the same active link only for the same settings, and a new one with rotate', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const first = (await share(me, video.id)).json();
    const again = await share(me, video.id, { includeSpecs: true, expiresInDays: null });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.id, token: first.token, created: false });

    const rotated = await share(me, video.id, {
      rotate: true,
      includeSpecs: false,
      expiresInDays: 7,
    });
    expect(rotated.statusCode).toBe(201);
    const next = rotated.json();
    expect(next.token).not.toBe(first.token);
    expect(next).toMatchObject({ includeSpecs: false, expiresInDays: 7 });
    expect(Date.parse(next.expiresAt) - Date.now()).toBeGreaterThan(7 * DAY_MS - 60_000);
    expect(Date.parse(next.expiresAt) - Date.now()).toBeLessThanOrEqual(7 * DAY_MS);
    expect((await publicView(first.token)).statusCode).toBe(404);
    expect((await publicView(next.token)).statusCode).toBe(200);
    // The replaced link is told apart from a revoked one.
    expect(await Share.findById(first.id).lean()).toMatchObject({
      replacedAt: expect.any(Date),
      revokedAt: expect.any(Date),
    });
  });

  it('never answers a request with a link of other settings: 409 naming each difference', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const first = (await share(me, video.id)).json();
    // "Prompt only" + "expires in 1 day" while the active link shows everything, forever.
    const res = await share(me, video.id, { includeSpecs: false, expiresInDays: 1 });
    expect(res.statusCode).toBe(409);
    const { error } = res.json();
    expect(error.code).toBe('share_settings_differ');
    expect(error.message).toMatch(
      /shows the prompt, specs and hashtags, you asked for the prompt only/,
    );
    expect(error.message).toMatch(/never expires, you asked that it expires 1 day after it is set/);
    const details = ShareConflictDetails.parse(error.details);
    expect(details.share).toMatchObject({ id: first.id, url: first.url, includeSpecs: true });
    expect(details.differences).toEqual([
      { field: 'includeSpecs', active: true, requested: false },
      { field: 'expiresInDays', active: null, requested: 1 },
    ]);
    // Only the expiry differs: still refused, never silently ignored.
    const expiryOnly = await share(me, video.id, { expiresInDays: 30 });
    expect(expiryOnly.statusCode).toBe(409);
    expect(expiryOnly.json().error.details.differences).toEqual([
      { field: 'expiresInDays', active: null, requested: 30 },
    ]);
    // Nothing changed: the link still works and shows what it showed.
    const view = (await publicView(first.token)).json();
    expect(view.specs).toBeDefined();
    expect(view.expiresAt).toBeNull();
  });

  it('updates the active link in place with PATCH: same URL, new settings from the next view', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const first = (await share(me, video.id)).json();
    expect((await publicView(first.token)).json().specs).toBeDefined();
    const res = await update(me, video.id, { includeSpecs: false, expiresInDays: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const updated = ShareLink.parse(res.json());
    expect(updated).toMatchObject({
      id: first.id,
      url: first.url,
      includeSpecs: false,
      expiresInDays: 1,
    });
    expect(Date.parse(updated.expiresAt!) - Date.now()).toBeGreaterThan(DAY_MS - 60_000);
    const view = (await publicView(first.token)).json();
    expect(view.specs).toBeUndefined();
    expect(view.hashtags).toBeUndefined();
    expect(view.expiresAt).toBe(updated.expiresAt);
    // Asking for these settings now returns the very link.
    const again = await share(me, video.id, { includeSpecs: false, expiresInDays: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.json().token).toBe(first.token);
  });

  it('has nothing to update without an active link, and names a bad setting', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const none = await update(me, video.id, { includeSpecs: false, expiresInDays: null });
    expect(none.statusCode).toBe(404);
    (await share(me, video.id)).json();
    const bad = await update(me, video.id, { includeSpecs: false });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('expiresInDays');
    // Another user's video: 404, as if it did not exist.
    const stranger = await update(newUserId(), video.id, { includeSpecs: false, expiresInDays: 1 });
    expect(stranger.statusCode).toBe(404);
  });

  it('GET answers the active link (or null) so the dashboard can show it after a reload', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const empty = await active(me, video.id);
    expect(empty.statusCode).toBe(200);
    expect(ActiveShare.parse(empty.json())).toEqual({ share: null });
    const made = (await share(me, video.id, { includeSpecs: false, expiresInDays: 7 })).json();
    const res = await active(me, video.id);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(ActiveShare.parse(res.json()).share).toMatchObject({
      id: made.id,
      url: made.url,
      includeSpecs: false,
      expiresInDays: 7,
      views: 0,
    });
    await app.inject({
      method: 'DELETE',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(app, me),
    });
    expect((await active(me, video.id)).json()).toEqual({ share: null });
    expect((await active(newUserId(), video.id)).statusCode).toBe(404);
  });

  it('answers 404 on the very next request after a revoke', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const { token } = (await share(me, video.id)).json();
    expect((await publicView(token)).statusCode).toBe(200);
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(app, me),
    });
    expect(revoked.statusCode).toBe(204);
    expect((await publicView(token)).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/share/${token}` })).statusCode).toBe(404);
    // Asking again after a revoke makes a new link; the revoked one stays dead.
    const fresh = await share(me, video.id);
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json().token).not.toBe(token);
    expect((await publicView(token)).statusCode).toBe(404);
  });

  it('answers 404 once the expiry has passed, checked at read time, then makes a new link', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const created = (await share(me, video.id, { expiresInDays: 1 })).json();
    expect((await publicView(created.token)).statusCode).toBe(200);
    // The clock moves past the expiry: nothing but the stored date changes.
    await Share.updateOne(
      { _id: created.id },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    // Written behind the app's back: drop its cached copy, as a change through the app does.
    app.publicShares.forget(created.id);
    expect((await publicView(created.token)).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/share/${created.token}` })).statusCode).toBe(
      404,
    );
    const next = await share(me, video.id);
    expect(next.statusCode).toBe(201);
    expect(next.json().token).not.toBe(created.token);
  });

  it('keeps one live link per video when requests race', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => share(me, video.id, {}, 'premium')),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.json().token)).size).toBe(1);
    expect(await Share.countDocuments({ videoId: video.id, activeSlot: 'active' })).toBe(1);
  });

  it('stores no plaintext token anywhere: only its SHA-256 and a sealed copy', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const { token, id } = (await share(me, video.id)).json();
    await share(me, video.id, { rotate: true });
    const collections = await app.db.db!.listCollections().toArray();
    for (const { name } of collections) {
      const docs = await app.db.db!.collection(name).find({}).toArray();
      expect(JSON.stringify(docs), name).not.toContain(token);
    }
    const stored = await Share.findById(id).lean();
    expect(stored?.tokenHash).toBe(hashShareToken(token));
    expect(stored?._id.toString()).toBe(hashShareToken(token).slice(0, 24));
    expect(stored?.sealedToken.ciphertext).toBeTruthy();
    expect(stored?.sealedToken.ciphertext).not.toContain(token);
  });

  it('finds a link by its whole token hash, not just the part in its _id', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const { token, id } = (await share(me, video.id)).json();
    expect((await publicView(token)).statusCode).toBe(200);
    await Share.updateOne({ _id: id }, { $set: { tokenHash: 'f'.repeat(64) } });
    app.publicShares.forget(id);
    expect((await publicView(token)).statusCode).toBe(404);
  });

  it('names a bad setting', async () => {
    const me = newUserId();
    const video = await createVideo(app, me);
    const res = await share(me, video.id, { expiresInDays: 3 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('expiresInDays');
    const unknown = await share(me, video.id, { includeSpecs: 'yes' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('includeSpecs');
  });

  describe('daily limit', () => {
    it('refuses a free user’s 11th link of the day with 429 saying when it resets', async () => {
      const me = newUserId();
      const video = await createVideo(app, me);
      for (let i = 1; i <= 10; i += 1) {
        const res = await share(me, video.id, { rotate: true });
        expect(res.statusCode, `link ${i}`).toBe(201);
      }
      const eleventh = await share(me, video.id, { rotate: true });
      expect(eleventh.statusCode).toBe(429);
      const { error } = eleventh.json();
      expect(error.code).toBe('rate_limited');
      expect(error.message).toMatch(
        /^Free accounts can create 10 share links a day \(Premium has no limit\)\. Try again in (\d+ (hours?|minutes?|seconds?) ?)+\.$/,
      );
      expect(error.details).toMatchObject({ which: 'free_share_links', limit: 10 });
      const resetsAt = Date.parse(error.details.resetsAt);
      expect(new Date(resetsAt).toISOString().slice(11)).toBe('00:00:00.000Z');
      expect(resetsAt - Date.now()).toBeLessThanOrEqual(DAY_MS);
      const retryAfter = Number(eleventh.headers['retry-after']);
      expect(Math.abs(retryAfter - (resetsAt - Date.now()) / 1000)).toBeLessThan(5);
      // Returning the active link is not a creation, so it still works.
      expect((await share(me, video.id)).statusCode).toBe(200);
    });

    it('holds under a burst: 12 parallel creations by a free user make exactly 10 links', async () => {
      const me = newUserId();
      const videos = await Promise.all(Array.from({ length: 12 }, () => createVideo(app, me)));
      const results = await Promise.all(videos.map((v) => share(me, v.id)));
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes).toEqual([...Array(10).fill(201), 429, 429]);
      expect(await Share.countDocuments({ ownerId: me })).toBe(10);
    });

    it('does not limit premium users', async () => {
      const me = newUserId();
      const video = await createVideo(app, me, {}, 'premium');
      for (let i = 1; i <= 12; i += 1) {
        const res = await share(me, video.id, { rotate: true }, 'premium');
        expect(res.statusCode, `link ${i}`).toBe(201);
      }
    });
  });
});
