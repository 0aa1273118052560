import { describe, expect, it } from 'vitest';
import { grantCredits } from '#src/services/credits.ts';
import { BYOK_GENERATIONS_PER_HOUR } from '@scenra/contracts';
import { build } from '#test/helpers/build.ts';
import { addKey, startGeneration } from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

describe('BYOK generations per hour', async () => {
  const app = await build({ SANDBOX_RENDER_MS: '60000' }, { listen: true });

  it('allows 20 per hour per user on their own key, then answers 429', async () => {
    expect(BYOK_GENERATIONS_PER_HOUR).toBe(20);
    const u = { id: newUserId(), tier: 'premium' as const };
    const video = await createVideo(app, u.id, {}, 'premium');
    const key = await addKey(app, u, 'sk-sandbox-valid-limit1');
    await grantCredits(app.db, u.id, 'test', 1000);
    for (let i = 0; i < 20; i += 1) {
      const res = await startGeneration(app, u, video.id, { billing: 'byok', keyId: key.id });
      expect(res.statusCode, `generation ${i + 1}`).toBe(202);
    }
    const over = await startGeneration(app, u, video.id, { billing: 'byok', keyId: key.id });
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('rate_limited');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // Which limit, and the wait as a person says it: never thousands of seconds.
    const { message, details } = over.json().error;
    expect(message).toMatch(
      /^You can start 20 generations an hour with your own key\. Try again in (\d+ minutes?|1 hour)\.$/,
    );
    expect(message).not.toMatch(/\d{3,} seconds/);
    expect(details).toMatchObject({ which: 'byok_generations', limit: 20 });
    expect(details.retryAfterSec).toBe(Number(over.headers['retry-after']));

    // Credits are not BYOK: still allowed.
    const onCredits = await startGeneration(app, u, video.id, { billing: 'credits' });
    expect(onCredits.statusCode).toBe(202);

    // Another user has their own allowance.
    const other = { id: newUserId(), tier: 'free' as const };
    const otherVideo = await createVideo(app, other.id);
    const otherKey = await addKey(app, other, 'sk-sandbox-valid-limit2');
    const theirs = await startGeneration(app, other, otherVideo.id, {
      billing: 'byok',
      keyId: otherKey.id,
    });
    expect(theirs.statusCode).toBe(202);
  });
});
