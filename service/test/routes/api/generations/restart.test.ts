import { describe, expect, it } from 'vitest';
import { grantCredits } from '#src/services/credits.ts';
import { build } from '#test/helpers/build.ts';
import { readGeneration, startGeneration, waitUntilDone } from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

describe('a service restart in the middle of a job', () => {
  it('the next read after the restart still completes it', async () => {
    const first = await build({ SANDBOX_RENDER_MS: '1500' }, { listen: true });
    const shared = { MONGODB_URI: first.config.mongodbUri, DATA_DIR: first.config.dataDir };
    const u = { id: newUserId(), tier: 'premium' as const };
    await grantCredits(first.db, u.id, 'test', 100);
    const video = await createVideo(first, u.id, {}, 'premium');
    const started = await startGeneration(first, u, video.id);
    expect(started.statusCode).toBe(202);
    const id: string = started.json().id;
    await new Promise((resolve) => setTimeout(resolve, 400));
    const midway = (await readGeneration(first, u, id)).json();
    expect(midway.status).toBe('in_progress');
    expect(midway.progress).toBeGreaterThan(0);
    expect(midway.progress).toBeLessThan(100);
    await first.close();

    // Another process (another port), same database and settings.
    const second = await build({ ...shared, SANDBOX_RENDER_MS: '1500' }, { listen: true });
    const done = await waitUntilDone(second, u, id);
    expect(done).toMatchObject({
      status: 'completed',
      progress: 100,
      creditsCharged: midway.creditsCharged,
    });
    const file = await second.inject({
      method: 'GET',
      url: done.contentUrl!,
      headers: { authorization: `Bearer ${second.jwt.sign({ sub: u.id, tier: 'premium' })}` },
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(4, 8).toString()).toBe('ftyp');
  });
});
