import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { creditLedgerModel } from '#src/models/credit-ledger.ts';
import { generationModel } from '#src/models/generation.ts';
import { sandboxVideoModel } from '#src/providers/sandbox/video-model.ts';
import { getBalance, grantCredits } from '#src/services/credits.ts';
import { build } from '#test/helpers/build.ts';
import { startGeneration } from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

describe('starting a generation: input, ownership, idempotency', async () => {
  // An operator gateway that still lists a retired model (it is refused before any call).
  const gateway = {
    id: 'gateway',
    label: 'Video gateway',
    protocol: 'openai-videos',
    baseURL: 'http://127.0.0.1:9/v1',
    status: 'active',
    models: [
      {
        id: 'old-model',
        label: 'Old model',
        seconds: [4],
        sizes: ['720x1280'],
        usdPerSecond: 0.1,
        creditsPerSecond: 1,
        status: 'retired',
      },
    ],
  };
  const app = await build(
    { SANDBOX_RENDER_MS: '5000', PROVIDERS_JSON: JSON.stringify([gateway]) },
    { listen: true },
  );
  const premium = async (credits = 1000) => {
    const u = { id: newUserId(), tier: 'premium' as const };
    const video = await createVideo(app, u.id, {}, 'premium');
    if (credits) await grantCredits(app.db, u.id, 'test', credits);
    return { ...u, videoId: video.id };
  };

  it('explains a retired provider and a retired model', async () => {
    const u = await premium();
    const provider = await startGeneration(app, u, u.videoId, {
      providerId: 'openai',
      model: 'sora-2',
    });
    expect(provider.statusCode).toBe(400);
    expect(provider.json().error.code).toBe('provider_retired');
    expect(provider.json().error.message).toMatch(/2026-09-24/);
    const model = await startGeneration(app, u, u.videoId, {
      providerId: 'gateway',
      model: 'old-model',
    });
    expect(model.statusCode).toBe(400);
    expect(model.json().error).toMatchObject({
      code: 'model_retired',
      message: 'Old model is retired at Video gateway. Choose another model.',
    });
  });

  it('names the field a provider does not allow', async () => {
    const u = await premium();
    const cases = [
      [{ providerId: 'nope' }, 'providerId'],
      [{ model: 'sandbox-huge' }, 'model'],
      [{ seconds: 5 }, 'seconds'],
      [{ size: '4000x4000' }, 'size'],
      [{ size: 'big' }, 'size'],
      [{ billing: 'byok' }, 'keyId'],
    ] as const;
    for (const [body, field] of cases) {
      const res = await startGeneration(app, u, u.videoId, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.details[0].field, JSON.stringify(body)).toBe(field);
    }
  });

  it('requires an Idempotency-Key', async () => {
    const u = await premium();
    const res = await app.inject({
      method: 'POST',
      url: `/api/videos/${u.videoId}/generations`,
      headers: { authorization: `Bearer ${app.jwt.sign({ sub: u.id, tier: 'premium' })}` },
      payload: {
        billing: 'credits',
        providerId: 'sandbox',
        model: 'sandbox-video',
        seconds: 4,
        size: '720x1280',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('idempotency-key');
  });

  it("answers 404 for another user's video and charges nothing", async () => {
    const owner = await premium();
    const other = await premium(50);
    const res = await startGeneration(app, other, owner.videoId);
    expect(res.statusCode).toBe(404);
    expect(await getBalance(app.db, other.id)).toBe(50);
  });

  it('20 parallel requests with one Idempotency-Key: one job, one debit', async () => {
    const u = await premium(1000);
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => startGeneration(app, u, u.videoId, {}, key)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(202));
    const ids = new Set(responses.map((r) => r.json().id));
    expect(ids.size).toBe(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);

    const [id] = [...ids];
    expect(await generationModel(app.db).countDocuments({ userId: u.id })).toBe(1);
    const debits = await creditLedgerModel(app.db)
      .find({ userId: u.id, delta: { $lt: 0 } })
      .lean();
    expect(debits.map((d) => d.opKey)).toEqual([`debit:${id}`]);
    const generation = await generationModel(app.db).findById(id).lean();
    expect(await sandboxVideoModel(app.db).countDocuments({ _id: generation!.providerJobId })).toBe(
      1,
    );
    expect(await getBalance(app.db, u.id)).toBe(1000 - generation!.estimate!.credits);

    // A later retry under the same key still returns it.
    const later = await startGeneration(app, u, u.videoId, {}, key);
    expect(later.json().id).toBe(id);
  });

  it('refuses to reuse an Idempotency-Key for a different request', async () => {
    const u = await premium();
    const key = randomUUID();
    expect((await startGeneration(app, u, u.videoId, { seconds: 4 }, key)).statusCode).toBe(202);
    const other = await startGeneration(app, u, u.videoId, { seconds: 8 }, key);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('idempotency_key_reused');
  });

  it('lists my generations of a video, and only mine', async () => {
    const u = await premium();
    const started = await startGeneration(app, u, u.videoId);
    const mine = await app.inject({
      method: 'GET',
      url: `/api/generations?videoId=${u.videoId}`,
      headers: { authorization: `Bearer ${app.jwt.sign({ sub: u.id, tier: 'premium' })}` },
    });
    expect(mine.json().generations.map((g: { id: string }) => g.id)).toEqual([started.json().id]);
    const other = await app.inject({
      method: 'GET',
      url: `/api/generations?videoId=${u.videoId}`,
      headers: { authorization: `Bearer ${app.jwt.sign({ sub: newUserId(), tier: 'premium' })}` },
    });
    expect(other.json().generations).toEqual([]);
  });
});
