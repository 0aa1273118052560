import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { bearer, build, testEnv } from '#test/helpers/build.ts';
import { startRedis } from '#test/helpers/redis.ts';

const user = '64e0000000000000000000a1';

async function addKey(app: Awaited<ReturnType<typeof build>>, sub: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/user/api-keys',
    headers: bearer(app, sub),
    payload: { provider: 'sandbox', apiKey: 'sk-sandbox-valid-0000limit' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const validate = (app: Awaited<ReturnType<typeof build>>, sub: string, id: string) =>
  app.inject({
    method: 'POST',
    url: `/api/user/api-keys/${id}/validate`,
    headers: bearer(app, sub),
  });

describe('validation rate limit: 5 per minute per user', async () => {
  const app = await build({}, { listen: true });

  it('answers the 6th check within a minute with 429, Retry-After and a sentence to show', async () => {
    const id = await addKey(app, user);
    for (let i = 0; i < 5; i += 1) expect((await validate(app, user, id)).statusCode).toBe(200);
    const sixth = await validate(app, user, id);
    expect(sixth.statusCode).toBe(429);
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(sixth.json().error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(
        /^Keys can be checked 5 times a minute\. Try again in (\d+ seconds?|1 minute)\.$/,
      ),
      details: { which: 'key_checks', limit: 5, retryAfterSec: retryAfter },
    });
  });

  it('limits adding keys to 20 a minute per user', async () => {
    const adder = '64e0000000000000000000c3';
    const add = (i: number) =>
      app.inject({
        method: 'POST',
        url: '/api/user/api-keys',
        headers: bearer(app, adder),
        payload: { provider: 'sandbox', keyName: `k${i}`, apiKey: 'sk-sandbox-valid-0000many' },
      });
    for (let i = 0; i < 20; i += 1) expect((await add(i)).statusCode).toBe(201);
    const res = await add(20);
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(
      /^You can add 20 keys a minute\. Try again in (\d+ seconds?|1 minute)\.$/,
    );
  });

  it('counts per user: someone else can still check their key', async () => {
    const other = '64e0000000000000000000b2';
    const id = await addKey(app, other);
    expect((await validate(app, other, id)).statusCode).toBe(200);
  });
});

describe('validation rate limit shared through Redis by two service instances', async () => {
  const redis = await startRedis();
  afterAll(() => redis.stop());
  // Two instances of the service on one database, one Redis and one vault secret, as
  // behind a load balancer.
  const shared = {
    REDIS_URL: redis.url,
    MONGODB_URI: testEnv().MONGODB_URI,
    ENCRYPTION_SECRETS: `v1:${randomBytes(32).toString('base64url')}`,
  };
  const a = await build(shared, { listen: true });
  const b = await build(shared, { listen: true });

  it('still allows 5 checks in total, not 5 per instance', async () => {
    const id = await addKey(a, user);
    const codes: number[] = [];
    for (const app of [a, b, a, b, a]) codes.push((await validate(app, user, id)).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200]);
    expect((await validate(b, user, id)).statusCode).toBe(429);
    expect((await validate(a, user, id)).statusCode).toBe(429);
  });
});
