import { describe, expect, it } from 'vitest';
import { apiKeyModel } from '#src/models/api-key.ts';
import { bearer, build } from '#test/helpers/build.ts';

const user = '64d0000000000000000000a1';
const valid = { provider: 'sandbox', keyName: 'Main', apiKey: 'sk-sandbox-valid-0000input' };

describe('API keys: bad input is refused with the field named, and nothing is stored', async () => {
  const app = await build({}, { listen: true });
  const post = (payload: string | object, contentType = 'application/json') =>
    app.inject({
      method: 'POST',
      url: '/api/user/api-keys',
      headers: { ...bearer(app, user), 'content-type': contentType },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  const count = () => apiKeyModel(app.db).countDocuments({});

  const { apiKey: _omit, ...withoutKey } = valid;
  const { provider: _omitted, ...withoutProvider } = valid;
  it.each([
    ['a missing key', withoutKey, 400, 'invalid_input', 'apiKey'],
    ['an empty key', { ...valid, apiKey: '' }, 400, 'invalid_input', 'apiKey'],
    ['a whitespace-only key', { ...valid, apiKey: ' \t\n ' }, 400, 'invalid_input', 'apiKey'],
    [
      'a key with inner spaces',
      { ...valid, apiKey: 'sk-sandbox-valid 0000' },
      400,
      'invalid_input',
      'apiKey',
    ],
    [
      'a 10 KB key',
      { ...valid, apiKey: `sk-${'x'.repeat(10 * 1024)}` },
      400,
      'invalid_input',
      'apiKey',
    ],
    ['a non-string key', { ...valid, apiKey: 12345678901 }, 400, 'invalid_input', 'apiKey'],
    ['a missing provider', withoutProvider, 400, 'invalid_input', 'provider'],
    ['an unknown provider', { ...valid, provider: 'acme-video' }, 400, 'invalid_input', 'provider'],
    ['an empty key name', { ...valid, keyName: '' }, 400, 'invalid_input', 'keyName'],
    [
      'an over-long key name',
      { ...valid, keyName: 'n'.repeat(61) },
      400,
      'invalid_input',
      'keyName',
    ],
  ])('%s → %i %s naming %s', async (_case, payload, status, code, field) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(status);
    const { error } = res.json();
    expect(error.code).toBe(code);
    expect(error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(error.message).toContain(field);
    expect(await count()).toBe(0);
  });

  it('invalid JSON → 400 invalid_json, without echoing the body', async () => {
    const res = await post(`{"provider":"sandbox","apiKey":"sk-sandbox-valid-0000json",`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
    expect(res.body).not.toContain('sk-sandbox');
    expect(await count()).toBe(0);
  });

  it('an oversized body → 413', async () => {
    const res = await post({ ...valid, padding: 'x'.repeat(300 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await count()).toBe(0);
  });

  it('no token → 401, nothing stored', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/user/api-keys', payload: valid });
    expect(res.statusCode).toBe(401);
    expect(await count()).toBe(0);
  });

  it('a duplicate name for the same provider → 409 naming keyName; one row stays', async () => {
    expect((await post(valid)).statusCode).toBe(201);
    const again = await post({ ...valid, apiKey: 'sk-sandbox-valid-0000other' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'key_name_taken',
      details: [{ field: 'keyName', message: 'is already used for this provider' }],
    });
    expect(await count()).toBe(1);
    // The same name for another user is fine.
    const other = await app.inject({
      method: 'POST',
      url: '/api/user/api-keys',
      headers: bearer(app, '64d0000000000000000000b2'),
      payload: valid,
    });
    expect(other.statusCode).toBe(201);
  });

  it('two concurrent adds with one name: one 201, one 409 (the unique index decides)', async () => {
    const body = { ...valid, keyName: 'Race' };
    const results = await Promise.all([post(body), post(body), post(body)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await apiKeyModel(app.db).countDocuments({ keyName: 'Race' })).toBe(1);
  });

  it('a bad key id → 400 naming id', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/user/api-keys/not-an-id/validate',
      headers: bearer(app, user),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('id');
  });
});
