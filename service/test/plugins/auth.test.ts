import { describe, expect, it } from 'vitest';
import { ErrorBody } from '@scenra/contracts';
import { DEV_JWT_AUDIENCE, DEV_JWT_ISSUER } from '#src/config/index.ts';
import { TEST_JWT_SECRET, bearer, build } from '#test/helpers/build.ts';
import { forgeJwt } from '#test/helpers/jwt.ts';

const userId = '64a0000000000000000000aa';
const now = () => Math.floor(Date.now() / 1000);

describe('JWT authentication', async () => {
  const app = await build();
  const call = (headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/api/videos', headers });

  it('accepts a valid token', async () => {
    expect((await call(bearer(app, userId))).statusCode).toBe(200);
  });

  it.each([
    ['no header', {}],
    ['a malformed header', { authorization: 'Bearer not-a-jwt' }],
    [
      'an expired token',
      {
        authorization: `Bearer ${forgeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: userId, tier: 'free', iat: now() - 7200, exp: now() - 3600 }, TEST_JWT_SECRET)}`,
      },
    ],
    [
      'a token signed with another secret',
      {
        authorization: `Bearer ${forgeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: userId, tier: 'free', exp: now() + 3600 }, 'another-secret-another-secret-1234')}`,
      },
    ],
    [
      'an alg:none token',
      {
        authorization: `Bearer ${forgeJwt({ alg: 'none', typ: 'JWT' }, { sub: userId, tier: 'premium', exp: now() + 3600 })}`,
      },
    ],
    [
      'a token without a tier',
      {
        authorization: `Bearer ${forgeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: userId, exp: now() + 3600 }, TEST_JWT_SECRET)}`,
      },
    ],
  ])('refuses %s with 401 and the error body', async (_case, headers) => {
    const res = await call(headers as Record<string, string>);
    expect(res.statusCode).toBe(401);
    expect(ErrorBody.parse(res.json()).error.code).toBe('unauthorized');
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('says when the session expired', async () => {
    const token = forgeJwt(
      { alg: 'HS256', typ: 'JWT' },
      { sub: userId, tier: 'free', exp: now() - 10, iss: DEV_JWT_ISSUER, aud: DEV_JWT_AUDIENCE },
      TEST_JWT_SECRET,
    );
    const res = await call({ authorization: `Bearer ${token}` });
    expect(res.json().error.message).toMatch(/expired/i);
  });
});
