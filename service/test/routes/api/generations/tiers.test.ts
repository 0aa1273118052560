import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateCredits, Generation } from '@scenra/contracts';
import { apiKeyModel } from '#src/models/api-key.ts';
import { auditEventModel } from '#src/models/audit-event.ts';
import { getBalance, grantCredits } from '#src/services/credits.ts';
import { build } from '#test/helpers/build.ts';
import {
  addKey,
  downloadContent,
  startGeneration,
  waitUntilDone,
} from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

const sampleClip = readFileSync(new URL('../../../../assets/sandbox.mp4', import.meta.url));

describe('generation per tier (sandbox provider over real HTTP)', async () => {
  const app = await build({ SANDBOX_RENDER_MS: '400' }, { listen: true });
  const sandboxModel = app.providers.get('sandbox')!.models[0]!;
  const price = estimateCredits(sandboxModel, 4);

  const user = async (tier: 'free' | 'premium') => {
    const u = { id: newUserId(), tier };
    const video = await createVideo(app, u.id, {}, tier);
    return { ...u, videoId: video.id };
  };

  async function expectDownloadable(u: { id: string; tier: 'free' | 'premium' }, id: string) {
    const done = await waitUntilDone(app, u, id);
    expect(done).toMatchObject({ status: 'completed', progress: 100 });
    expect(done.contentUrl).toBe(`/api/generations/${id}/content`);
    expect(done.contentBytes).toBe(sampleClip.length);
    const file = await downloadContent(app, u, id);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('video/mp4');
    expect(file.headers['accept-ranges']).toBe('bytes');
    expect(file.rawPayload.equals(sampleClip)).toBe(true);
    return done;
  }

  it('free user without a key: 402 upgrade_required, with the dialog text', async () => {
    const u = await user('free');
    const onCredits = await startGeneration(app, u, u.videoId, { billing: 'credits' });
    expect(onCredits.statusCode).toBe(402);
    expect(onCredits.json().error).toMatchObject({
      code: 'upgrade_required',
      details: { options: ['upgrade', 'add_key', 'copy_prompt'] },
    });
    expect(onCredits.json().error.message).toMatch(/upgrade/i);
    const unknownKey = await startGeneration(app, u, u.videoId, {
      billing: 'byok',
      keyId: '65f00000000000000000abcd',
    });
    expect(unknownKey.statusCode).toBe(402);
    expect(unknownKey.json().error.code).toBe('upgrade_required');
  });

  it('free user with a valid key: generates with it (BYOK only) to a downloadable video', async () => {
    const u = await user('free');
    const key = await addKey(app, u, 'sk-sandbox-valid-free1');
    expect(key.status).toBe('valid');

    const refused = await startGeneration(app, u, u.videoId, { billing: 'credits' });
    expect(refused.statusCode).toBe(402);

    const res = await startGeneration(app, u, u.videoId, { billing: 'byok', keyId: key.id });
    expect(res.statusCode).toBe(202);
    const started = Generation.parse(res.json());
    expect(started).toMatchObject({ billing: 'byok', keyId: key.id, creditsCharged: 0 });
    expect(started.estimate.usd).toBe(sandboxModel.usdPerSecond * 4);
    expect(res.headers.location).toBe(`/api/generations/${started.id}`);
    await expectDownloadable(u, started.id);

    const stored = await apiKeyModel(app.db).findById(key.id).lean();
    expect(stored?.lastUsedAt).toBeInstanceOf(Date);
    const used = await auditEventModel(app.db).find({ keyId: key.id, action: 'key.used' }).lean();
    expect(used).toHaveLength(1);
  });

  it('premium on credits: debits the price once and completes', async () => {
    const u = await user('premium');
    await grantCredits(app.db, u.id, 'test', price + 3);
    const res = await startGeneration(app, u, u.videoId, { billing: 'credits' });
    expect(res.statusCode).toBe(202);
    const started = Generation.parse(res.json());
    expect(started).toMatchObject({ billing: 'credits', creditsCharged: price });
    expect(await getBalance(app.db, u.id)).toBe(3);
    const done = await expectDownloadable(u, started.id);
    expect(done.refunded).toBe(false);
    expect(await getBalance(app.db, u.id)).toBe(3);
  });

  it('premium on their own key: completes and leaves the credits alone', async () => {
    const u = await user('premium');
    await grantCredits(app.db, u.id, 'test', 5);
    const key = await addKey(app, u, 'sk-sandbox-valid-prem1');
    const res = await startGeneration(app, u, u.videoId, { billing: 'byok', keyId: key.id });
    expect(res.statusCode).toBe(202);
    await expectDownloadable(u, res.json().id);
    expect(await getBalance(app.db, u.id)).toBe(5);
  });

  it('premium with too few credits: 402 insufficient_credits with the balance', async () => {
    const u = await user('premium');
    const longPrice = estimateCredits(sandboxModel, 12);
    await grantCredits(app.db, u.id, 'test', longPrice - 1);
    const res = await startGeneration(app, u, u.videoId, { billing: 'credits', seconds: 12 });
    expect(res.statusCode).toBe(402);
    expect(res.json().error).toMatchObject({
      code: 'insufficient_credits',
      details: { balance: longPrice - 1, needed: longPrice },
    });
    expect(await getBalance(app.db, u.id)).toBe(longPrice - 1);
  });
});
