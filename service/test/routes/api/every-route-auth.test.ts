import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import app, { serverOptions } from '#src/app.ts';
import { DEV_JWT_AUDIENCE, DEV_JWT_ISSUER, loadConfig } from '#src/config/index.ts';
import { TEST_JWT_SECRET, testEnv } from '#test/helpers/build.ts';
import { forgeJwt } from '#test/helpers/jwt.ts';

/** Routes anyone may call: no bearer token is read, so a bad one cannot matter. */
const PUBLIC = [
  /^\/api\/health/,
  /^\/api\/openapi\.json/,
  /^\/api\/providers/,
  /^\/api\/share\//,
  /^\/share\//,
  /^\/sandbox\//,
  /^\/api\/dev\//,
  // The host product's own calls, authenticated by the service token instead.
  /^\/api\/credits\/grants/,
  /^\/api\/admin\//,
];

describe('a token whose sub is not a user id', async () => {
  const config = loadConfig(testEnv({ DEV_AUTH: '1' }));
  const server = Fastify(serverOptions(config));
  const routes: Array<{ method: string; url: string }> = [];
  server.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, url: route.url });
    }
  });
  await server.register(app, { config });
  await server.ready();
  afterAll(() => server.close());

  const now = Math.floor(Date.now() / 1000);
  const token = (sub: string) =>
    forgeJwt(
      { alg: 'HS256', typ: 'JWT' },
      {
        sub,
        tier: 'premium',
        iss: DEV_JWT_ISSUER,
        aud: DEV_JWT_AUDIENCE,
        iat: now,
        exp: now + 600,
      },
      TEST_JWT_SECRET,
    );
  const owned = routes.filter((r) => !PUBLIC.some((p) => p.test(r.url)));

  it('finds the owner routes to check', () => {
    expect(owned.length).toBeGreaterThanOrEqual(15);
    expect(owned).toContainEqual({ method: 'GET', url: '/api/videos/:id' });
  });

  it.each([
    'not-an-object-id',
    'admin',
    '{"$ne":null}',
    '64A0000000000000000000AA',
    ' '.repeat(24),
  ])('gets 401 on every owner route (sub %j)', async (sub) => {
    const answers = await Promise.all(
      owned.map(async ({ method, url }) => {
        const res = await server.inject({
          method: method as 'GET',
          url: url.replaceAll(':id', '64a0000000000000000000aa'),
          headers: { authorization: `Bearer ${token(sub)}`, 'idempotency-key': 'key-00000001' },
          ...(method === 'POST' ? { payload: {} } : {}),
        });
        return `${method} ${url} → ${res.statusCode} ${res.json().error?.code}`;
      }),
    );
    expect(answers).toEqual(owned.map(({ method, url }) => `${method} ${url} → 401 unauthorized`));
  });
});
