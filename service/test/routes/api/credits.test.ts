import { describe, expect, it } from 'vitest';
import { CreditSummary, ProviderCatalog } from '@scenra/contracts';
import { demoUsers } from '#src/seed/demo-data.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { newUserId } from '#test/helpers/videos.ts';

const SERVICE_TOKEN = 'billing-service-token-0123456789abcdef';

describe('credits', async () => {
  const app = await build({ SERVICE_TOKEN, SEED_DEMO: '1' });
  const grant = (body: object, token = SERVICE_TOKEN) =>
    app.inject({
      method: 'POST',
      url: '/api/credits/grants',
      headers: token ? { 'x-service-token': token } : {},
      payload: body,
    });

  it('the demo premium persona starts with 10 credits, granted once', async () => {
    const premium = demoUsers.find((u) => u.persona === 'premium')!;
    const res = await app.inject({
      method: 'GET',
      url: '/api/credits',
      headers: bearer(app, premium.id, 'premium'),
    });
    expect(res.statusCode).toBe(200);
    const summary = CreditSummary.parse(res.json());
    expect(summary.balance).toBe(10);
    expect(summary.entries.map((e) => e.opKey)).toEqual(['grant:seed']);
  });

  it('grants with the service token, once per reference', async () => {
    const userId = newUserId();
    const first = await grant({ userId, credits: 25, reference: 'order-77' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ userId, granted: true, balance: 25 });
    const again = await grant({ userId, credits: 25, reference: 'order-77' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ userId, granted: false, balance: 25 });
    const mine = await app.inject({
      method: 'GET',
      url: '/api/credits',
      headers: bearer(app, userId),
    });
    expect(mine.json().balance).toBe(25);
  });

  it('refuses grants without the right token', async () => {
    const body = { userId: newUserId(), credits: 5, reference: 'x' };
    expect((await grant(body, '')).statusCode).toBe(401);
    const wrong = await grant(body, `${SERVICE_TOKEN}x`);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('unauthorized');
    // A user's JWT is not the service token either.
    const withJwt = await app.inject({
      method: 'POST',
      url: '/api/credits/grants',
      headers: bearer(app, body.userId, 'premium'),
      payload: body,
    });
    expect(withJwt.statusCode).toBe(401);
  });

  it('names the bad field of a grant', async () => {
    const res = await grant({ userId: newUserId(), credits: -3, reference: 'neg' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('credits');
  });

  it('lists providers with models, limits, prices and whether credits can pay', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/providers',
      headers: bearer(app, newUserId()),
    });
    expect(res.statusCode).toBe(200);
    const { providers } = ProviderCatalog.parse(res.json());
    const sandbox = providers.find((p) => p.id === 'sandbox')!;
    expect(sandbox).toMatchObject({ status: 'active', sandbox: true, creditsAvailable: true });
    expect(sandbox.models[0]).toMatchObject({
      seconds: expect.any(Array),
      usdPerSecond: expect.any(Number),
    });
    const openai = providers.find((p) => p.id === 'openai')!;
    expect(openai).toMatchObject({ status: 'retired', creditsAvailable: false });
    expect(res.body).not.toContain('baseURL');
  });
});

describe('credit grants without a configured service token', async () => {
  const app = await build();
  it('are refused', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/credits/grants',
      headers: { 'x-service-token': 'anything-at-all-0123456789abcdef0123' },
      payload: { userId: newUserId(), credits: 5, reference: 'x' },
    });
    expect(res.statusCode).toBe(401);
  });
});
