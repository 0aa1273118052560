import { describe, expect, it } from 'vitest';
import { DEV_JWT_AUDIENCE, DEV_JWT_ISSUER } from '#src/config/index.ts';
import { TEST_JWT_SECRET, build } from '#test/helpers/build.ts';
import { forgeJwt } from '#test/helpers/jwt.ts';

const userId = '64a0000000000000000000ab';
const now = () => Math.floor(Date.now() / 1000);
const header = { alg: 'HS256', typ: 'JWT' };
/** What the host product signs: bound to its issuer and to this API, short-lived. */
const good = () => ({
  sub: userId,
  tier: 'free',
  iss: DEV_JWT_ISSUER,
  aud: DEV_JWT_AUDIENCE,
  iat: now(),
  exp: now() + 3600,
});

describe('JWTs are bound to an issuer, an audience and a lifetime', async () => {
  const app = await build({ JWT_MAX_AGE_SEC: '7200' });
  const call = (payload: object) =>
    app.inject({
      method: 'GET',
      url: '/api/videos',
      headers: { authorization: `Bearer ${forgeJwt(header, payload, TEST_JWT_SECRET)}` },
    });
  const without = (claim: string) =>
    Object.fromEntries(Object.entries(good()).filter(([k]) => k !== claim));

  it('accepts a token with exp, iss and aud as configured', async () => {
    expect((await call(good())).statusCode).toBe(200);
  });

  it.each([
    ['no exp', () => without('exp')],
    ['no iss', () => without('iss')],
    ['no aud', () => without('aud')],
    ['a foreign issuer', () => ({ ...good(), iss: 'https://evil.example' })],
    ['a foreign audience', () => ({ ...good(), aud: 'another-product' })],
    ['an exp far in the future', () => ({ ...good(), exp: now() + 30 * 24 * 3600 })],
    ['no iat and an exp past the cap', () => ({ ...without('iat'), exp: now() + 3 * 3600 })],
    ['an iat older than the cap', () => ({ ...good(), iat: now() - 3 * 3600 })],
  ])('refuses a token with %s', async (_case, payload) => {
    const res = await call(payload());
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('accepts an audience list that names this API', async () => {
    expect((await call({ ...good(), aud: ['billing', DEV_JWT_AUDIENCE] })).statusCode).toBe(200);
  });
});

describe('JWT binding from configuration', async () => {
  const app = await build({ JWT_ISSUER: 'https://host.example', JWT_AUDIENCE: 'scenra-api' });

  it('verifies the configured iss and aud, not the development ones', async () => {
    const call = (payload: object) =>
      app.inject({
        method: 'GET',
        url: '/api/videos',
        headers: { authorization: `Bearer ${forgeJwt(header, payload, TEST_JWT_SECRET)}` },
      });
    expect((await call(good())).statusCode).toBe(401);
    expect(
      (await call({ ...good(), iss: 'https://host.example', aud: 'scenra-api' })).statusCode,
    ).toBe(200);
  });
});
