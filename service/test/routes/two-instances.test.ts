import { afterAll, describe, expect, it } from 'vitest';
import { POLLS_PER_MINUTE } from '#src/routes/api/generations/index.ts';
import { EXPORTS_PER_MINUTE } from '#src/routes/api/videos/_id/export.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { startRedis } from '#test/helpers/redis.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

/** Two instances of the service on one database and one Redis, as behind a load balancer. */
describe('two instances, one database, one Redis', async () => {
  const redis = await startRedis();
  afterAll(() => redis.stop());
  const first = await build({ REDIS_URL: redis.url });
  const second = await build({
    REDIS_URL: redis.url,
    MONGODB_URI: first.config.mongodbUri,
    DATA_DIR: first.config.dataDir,
  });
  const both = [first, second];

  it('counts every share view exactly, whichever instance served it', async () => {
    const me = newUserId();
    const video = await createVideo(first, me);
    const made = await first.inject({
      method: 'POST',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(first, me),
      payload: {},
    });
    const token: string = made.json().token;
    const views = 120;
    await Promise.all(
      Array.from({ length: views }, async (_, i) => {
        const res = await both[i % 2]!.inject({
          url: i % 3 ? `/api/share/${token}` : `/share/${token}`,
        });
        expect(res.statusCode).toBe(200);
      }),
    );
    // Both instances flush on their own timers (their writes race, as in production).
    const counted = async (app: (typeof both)[number]) =>
      (await app.inject({ url: '/api/user/shares', headers: bearer(app, me) })).json().shares[0]
        .views;
    await expect.poll(() => counted(first), { timeout: 5_000 }).toBe(views);
    await new Promise((resolve) => setTimeout(resolve, 600)); // nothing more arrives later
    expect(await counted(second)).toBe(views);
    // Asking for the link again reports the same count.
    const again = await second.inject({
      method: 'POST',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(second, me),
      payload: {},
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().views).toBe(views);
  });

  it(`holds the export limit (${EXPORTS_PER_MINUTE}/min) across both instances`, async () => {
    const me = newUserId();
    const video = await createVideo(first, me);
    const statuses: number[] = [];
    for (let i = 0; i <= EXPORTS_PER_MINUTE; i += 1) {
      const res = await both[i % 2]!.inject({
        url: `/api/videos/${video.id}/export?format=md`,
        headers: bearer(first, me),
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(EXPORTS_PER_MINUTE);
    expect(statuses.at(-1)).toBe(429);
  });

  it(`holds the polling limit (${POLLS_PER_MINUTE}/min) across both instances`, async () => {
    const me = newUserId();
    const missing = '64a0000000000000000000ff';
    const statuses: number[] = [];
    for (let i = 0; i <= POLLS_PER_MINUTE; i += 1) {
      const res = await both[i % 2]!.inject({
        url: `/api/generations/${missing}`,
        headers: bearer(first, me),
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 404)).toHaveLength(POLLS_PER_MINUTE);
    expect(statuses.at(-1)).toBe(429);
  });
});
