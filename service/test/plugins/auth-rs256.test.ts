import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEV_JWT_AUDIENCE, DEV_JWT_ISSUER } from '#src/config/index.ts';
import { build } from '#test/helpers/build.ts';
import { forgeJwt } from '#test/helpers/jwt.ts';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const exp = () => Math.floor(Date.now() / 1000) + 600;

/** A token as the host product signs it in production: RS256 with its private key. */
function rs256(payload: object): string {
  const claims = { iss: DEV_JWT_ISSUER, aud: DEV_JWT_AUDIENCE, ...payload };
  const unsigned = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

describe('JWT authentication with the production RS256 public key', async () => {
  const app = await build({ JWT_SECRET: undefined, JWT_PUBLIC_KEY: publicPem });
  const call = (token: string) =>
    app.inject({
      method: 'GET',
      url: '/api/videos',
      headers: { authorization: `Bearer ${token}` },
    });

  it('accepts a token signed with the matching private key', async () => {
    expect(
      (await call(rs256({ sub: '64a0000000000000000000aa', tier: 'free', exp: exp() }))).statusCode,
    ).toBe(200);
  });

  it('refuses an HS256 token made with the public key as its secret (algorithm confusion)', async () => {
    const forged = forgeJwt(
      { alg: 'HS256', typ: 'JWT' },
      { sub: 'x', tier: 'premium', exp: exp() },
      publicPem,
    );
    const res = await call(forged);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
  });

  it('refuses a token signed by another key', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const unsigned = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: 'x', tier: 'free', exp: exp() })}`;
    const token = `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), other).toString('base64url')}`;
    expect((await call(token)).statusCode).toBe(401);
  });
});
