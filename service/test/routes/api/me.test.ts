import { describe, expect, it } from 'vitest';
import { MeResult } from '@scenra/contracts';
import { demoUsers } from '#src/seed/demo-data.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { newUserId } from '#test/helpers/videos.ts';

describe('GET /api/me', async () => {
  const app = await build({ SEED_DEMO: '1' });
  const get = (url: string, userId: string, tier: 'free' | 'premium') =>
    app.inject({ method: 'GET', url, headers: bearer(app, userId, tier) });

  it.each(demoUsers)(
    'composes user, tier, credits, keys and providers for $persona',
    async (persona) => {
      const res = await get('/api/me', persona.id, persona.tier);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const me = MeResult.parse(res.json());
      expect(me.user).toEqual({
        id: persona.id,
        displayName: persona.displayName,
        email: persona.email,
        tier: persona.tier,
      });
      // The same answers as the dedicated routes, in one call.
      const [credits, keys, providers] = await Promise.all([
        get('/api/credits', persona.id, persona.tier),
        get('/api/user/api-keys', persona.id, persona.tier),
        get('/api/providers', persona.id, persona.tier),
      ]);
      expect(me.credits.balance).toBe(credits.json().balance);
      expect(me.keys).toEqual(keys.json().keys);
      expect(me.providers).toEqual(providers.json().providers);
    },
  );

  it('shows the premium persona’s credits and the byok persona’s masked key', async () => {
    const premium = demoUsers.find((u) => u.persona === 'premium')!;
    const byok = demoUsers.find((u) => u.persona === 'byok')!;
    expect((await get('/api/me', premium.id, 'premium')).json().credits.balance).toBeGreaterThan(0);
    const keys = (await get('/api/me', byok.id, 'free')).json().keys;
    expect(keys.length).toBeGreaterThan(0);
    expect(keys[0].masked).toMatch(/^••••.{4}$/);
  });

  it('takes the tier from the token, and works for a user the host has not told us about', async () => {
    const stranger = newUserId();
    const me = (await get('/api/me', stranger, 'premium')).json();
    expect(me.user).toMatchObject({ id: stranger, tier: 'premium' });
    expect(me.credits.balance).toBe(0);
    expect(me.keys).toEqual([]);
  });
});
