import { describe, expect, it } from 'vitest';
import { auditEventModel } from '#src/models/audit-event.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { newUserId } from '#test/helpers/videos.ts';

describe('request ids', async () => {
  const app = await build();

  it('keeps a caller id of the strict short shape, and says it back', async () => {
    const res = await app.inject({
      url: '/api/health',
      headers: { 'x-request-id': 'trace-0001.ab_C' },
    });
    expect(res.headers['x-request-id']).toBe('trace-0001.ab_C');
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['multi-line', 'abcdefgh\nforged log line'],
    ['markup', '<script>alert(1)</script>'],
    ['too short', 'abc'],
  ])('replaces a %s id with a fresh UUID', async (_case, given) => {
    const res = await app.inject({ url: '/api/health', headers: { 'x-request-id': given } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes only the sanitized id into audit rows', async () => {
    const userId = newUserId();
    const created = await app.inject({
      method: 'POST',
      url: '/api/user/api-keys',
      headers: { ...bearer(app, userId), 'x-request-id': `${'x'.repeat(5000)}\r\nfake` },
      payload: { provider: 'sandbox', apiKey: 'sk-sandbox-valid-reqid-0001' },
    });
    expect(created.statusCode).toBe(201);
    const rows = await auditEventModel(app.db).find({ userId }).lean();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('headers of authenticated answers', async () => {
  const app = await build();
  const userId = newUserId();

  it.each([
    ['GET', '/api/me'],
    ['GET', '/api/videos'],
    ['GET', '/api/user/api-keys'],
    ['GET', '/api/videos/64a0000000000000000000aa'],
  ])('%s %s: nosniff and no-store', async (method, url) => {
    const res = await app.inject({ method: method as 'GET', url, headers: bearer(app, userId) });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toMatch(/(^|, )no-store$/);
  });

  it('a refused token is not cached either', async () => {
    const res = await app.inject({ url: '/api/videos', headers: { authorization: 'Bearer x' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
