import { describe, expect, it } from 'vitest';
import { DevSessionResult } from '@scenra/contracts';
import { build } from '#test/helpers/build.ts';

describe('POST /api/dev/session', () => {
  it('does not exist without DEV_AUTH', async () => {
    const app = await build({ SEED_DEMO: '1' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/dev/session',
      payload: { persona: 'free' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route_not_found');
  });

  it('signs in each seeded persona with DEV_AUTH, and the token opens their videos', async () => {
    const app = await build({ DEV_AUTH: '1', SEED_DEMO: '1' });
    for (const persona of ['free', 'byok', 'premium'] as const) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/dev/session',
        payload: { persona },
      });
      expect(res.statusCode).toBe(200);
      const session = DevSessionResult.parse(res.json());
      expect(session.user.tier).toBe(persona === 'premium' ? 'premium' : 'free');
      const videos = await app.inject({
        method: 'GET',
        url: '/api/videos',
        headers: { authorization: `Bearer ${session.token}` },
      });
      expect(videos.json().videos.length).toBeGreaterThan(0);
    }
  });

  it('names the field of a bad persona', async () => {
    const app = await build({ DEV_AUTH: '1', SEED_DEMO: '1' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/dev/session',
      payload: { persona: 'admin' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'invalid_input',
      details: [{ field: 'persona' }],
    });
  });
});
