import { describe, expect, it, vi } from 'vitest';
import { POLLS_PER_MINUTE } from '#src/routes/api/generations/index.ts';
import { grantCredits } from '#src/services/credits.ts';
import { generationRefreshModel } from '#src/models/generation-refresh.ts';
import { build } from '#test/helpers/build.ts';
import { readGeneration, startGeneration, waitUntilDone } from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

describe('provider refreshes are shared by every instance', async () => {
  const slow = { SANDBOX_RENDER_MS: '60000', PROVIDER_REFRESH_MS: '5000' };
  const first = await build(slow, { listen: true });
  // A second instance on the same database, as behind a load balancer.
  const second = await build(
    { ...slow, MONGODB_URI: first.config.mongodbUri, DATA_DIR: first.config.dataDir },
    { listen: true },
  );
  const user = { id: newUserId(), tier: 'premium' as const };
  await grantCredits(first.db, user.id, 'test', 100);
  const video = await createVideo(first, user.id, {}, 'premium');
  const started = await startGeneration(first, user, video.id);
  expect(started.statusCode).toBe(202);
  const id: string = started.json().id;

  it('asks the provider at most once per window, however hard and wherever users poll', async () => {
    const calls = [vi.spyOn(first.providers, 'client'), vi.spyOn(second.providers, 'client')];
    const reads = await Promise.all(
      Array.from({ length: 20 }, (_, i) => readGeneration(i % 2 ? second : first, user, id)),
    );
    for (const read of reads) {
      expect(read.statusCode).toBe(200);
      expect(read.json().status).toMatch(/queued|in_progress/);
    }
    const providerCalls = calls.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
    // One window (5 s) covers the burst; a window boundary inside it allows a second call.
    expect(providerCalls).toBeGreaterThanOrEqual(1);
    expect(providerCalls).toBeLessThanOrEqual(2);
  });

  it(`limits each user to ${POLLS_PER_MINUTE} status reads a minute`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < POLLS_PER_MINUTE + 1; i += 1) {
      statuses.push((await readGeneration(first, user, id)).statusCode);
    }
    // The 20 reads above counted too (10 here, 10 on the other instance's own store).
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await readGeneration(first, user, id);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error.code).toBe('rate_limited');
  });
});

describe('a settled generation leaves no refresh claims behind', async () => {
  const app = await build({ SANDBOX_RENDER_MS: '300' }, { listen: true });

  it('removes its claims once completed', async () => {
    const user = { id: newUserId(), tier: 'premium' as const };
    await grantCredits(app.db, user.id, 'test', 100);
    const video = await createVideo(app, user.id, {}, 'premium');
    const id: string = (await startGeneration(app, user, video.id)).json().id;
    expect((await waitUntilDone(app, user, id)).status).toBe('completed');
    expect(await generationRefreshModel(app.db).countDocuments({ generationId: id })).toBe(0);
  });
});
