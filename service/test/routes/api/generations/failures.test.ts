import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiKeyAad, apiKeyModel, type ApiKeyDoc } from '#src/models/api-key.ts';
import { auditEventModel } from '#src/models/audit-event.ts';
import { creditLedgerModel } from '#src/models/credit-ledger.ts';
import { sandboxVideoModel } from '#src/providers/sandbox/video-model.ts';
import { getBalance, grantCredits } from '#src/services/credits.ts';
import { build } from '#test/helpers/build.ts';
import {
  addKey,
  readGeneration,
  startGeneration,
  waitUntilDone,
} from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

type Tier = 'free' | 'premium';

async function person(app: Awaited<ReturnType<typeof build>>, tier: Tier, credits = 0) {
  const u = { id: newUserId(), tier };
  const video = await createVideo(app, u.id, {}, tier);
  if (credits) await grantCredits(app.db, u.id, 'test', credits);
  return { ...u, videoId: video.id };
}

async function ledgerKeys(app: Awaited<ReturnType<typeof build>>, userId: string) {
  const rows = await creditLedgerModel(app.db).find({ userId }).sort({ seq: 1 }).lean();
  return rows.map((r) => r.opKey);
}

describe('provider answers on a BYOK key', async () => {
  const app = await build(
    { SANDBOX_RENDER_MS: '400', PROVIDER_TIMEOUT_MS: '600' },
    { listen: true },
  );

  it('a provider 401 marks the key invalid and answers 502 provider_auth_failed', async () => {
    const u = await person(app, 'premium');
    // The key was fine when checked, then revoked at the provider: the same row now holds a
    // key the provider refuses (a rejected key is never stored by an add).
    const key = await addKey(app, u, 'sk-sandbox-valid-9f3a');
    expect(key.status).toBe('valid');
    const doc = (await apiKeyModel(app.db).findById(key.id).lean<ApiKeyDoc>())!;
    await apiKeyModel(app.db).updateOne(
      { _id: key.id },
      { $set: app.vault.encrypt('sk-sandbox-revoked-9f3a', apiKeyAad(doc)) },
    );
    const res = await startGeneration(app, u, u.videoId, { billing: 'byok', keyId: key.id });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('provider_auth_failed');
    expect(res.json().error.message).toContain('••••9f3a');
    expect(res.body).not.toContain('sk-sandbox-revoked');
    const stored = await apiKeyModel(app.db).findById(key.id).lean();
    expect(stored).toMatchObject({ status: 'invalid', isValid: false });
    const audits = await auditEventModel(app.db).find({ keyId: key.id, action: 'key.invalid' });
    expect(audits.length).toBeGreaterThanOrEqual(1);

    // Now that it is known invalid, the next try is refused before calling the provider.
    const again = await startGeneration(app, u, u.videoId, { billing: 'byok', keyId: key.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('key_invalid');
  });

  it('a provider 429 answers 429 provider_rate_limited with a retry hint, and frees the key', async () => {
    const u = await person(app, 'free');
    const key = await addKey(app, u, 'sk-sandbox-rate-limited-x1');
    const idempotencyKey = randomUUID();
    const start = () =>
      startGeneration(app, u, u.videoId, { billing: 'byok', keyId: key.id }, idempotencyKey);
    const res = await start();
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('20');
    expect(res.json().error).toMatchObject({
      code: 'provider_rate_limited',
      details: { retryAfterSec: 20 },
    });
    // Nothing was started, so retrying under the same key tries again (and is limited again).
    const retry = await start();
    expect(retry.statusCode).toBe(429);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
  });

  it('a provider outage fails the generation with a reason; a retry reports the same', async () => {
    const u = await person(app, 'free');
    const key = await addKey(app, u, 'sk-sandbox-unavailable-x2');
    const idempotencyKey = randomUUID();
    const body = { billing: 'byok' as const, keyId: key.id };
    const res = await startGeneration(app, u, u.videoId, body, idempotencyKey);
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('provider_unavailable');
    const generationId = res.json().error.details.generationId;
    const read = await readGeneration(app, u, generationId);
    expect(read.json()).toMatchObject({
      status: 'failed',
      error: { code: 'provider_unavailable' },
    });
    const retry = await startGeneration(app, u, u.videoId, body, idempotencyKey);
    expect(retry.statusCode).toBe(502);
    expect(retry.json().error.details.generationId).toBe(generationId);
  });

  it('a provider that does not answer in time fails the generation as a timeout', async () => {
    const u = await person(app, 'free');
    const key = await addKey(app, u, 'sk-sandbox-slow-x3');
    const res = await startGeneration(app, u, u.videoId, { billing: 'byok', keyId: key.id });
    expect(res.statusCode).toBe(502);
    expect(res.json().error).toMatchObject({ code: 'provider_unavailable' });
    expect(res.json().error.message).toMatch(/in time/);
    // The provider never got to it: no job exists there.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const keyHash = createHash('sha256').update('sk-sandbox-slow-x3').digest('hex');
    expect(await sandboxVideoModel(app.db).countDocuments({ keyHash })).toBe(0);
  });

  it('a failed render fails the generation and explains why', async () => {
    const u = await person(app, 'free');
    const key = await addKey(app, u, 'sk-sandbox-renders-fail-x4');
    const res = await startGeneration(app, u, u.videoId, { billing: 'byok', keyId: key.id });
    expect(res.statusCode).toBe(202);
    const done = await waitUntilDone(app, u, res.json().id);
    expect(done).toMatchObject({ status: 'failed', error: { code: 'generation_failed' } });
    expect(done.error!.message).toMatch(/could not render/);
  });
});

describe('credits come back when a job fails', async () => {
  const app = await build(
    { SANDBOX_RENDER_MS: '300', PLATFORM_PROVIDER_KEYS: 'sandbox=sk-sandbox-renders-fail-ops' },
    { listen: true },
  );

  it('refunds a failing job exactly once, also when its status is read concurrently', async () => {
    const u = await person(app, 'premium', 100);
    const res = await startGeneration(app, u, u.videoId);
    expect(res.statusCode).toBe(202);
    const generationId = res.json().id;
    const charged = res.json().creditsCharged;
    expect(charged).toBeGreaterThan(0);
    expect(await getBalance(app.db, u.id)).toBe(100 - charged);

    await new Promise((resolve) => setTimeout(resolve, 250)); // past the failure point
    const reads = await Promise.all(
      Array.from({ length: 12 }, () => readGeneration(app, u, generationId)),
    );
    // One reader per refresh window asks the provider; the others see the stored state.
    for (const read of reads) {
      expect(read.statusCode).toBe(200);
      const { status, refunded } = read.json();
      if (status === 'failed') expect(refunded).toBe(true);
      else expect(status).toMatch(/queued|in_progress/);
    }
    expect(await waitUntilDone(app, u, generationId)).toMatchObject({
      status: 'failed',
      refunded: true,
    });
    expect(await ledgerKeys(app, u.id)).toEqual([
      'grant:test',
      `debit:${generationId}`,
      `refund:${generationId}`,
    ]);
    expect(await getBalance(app.db, u.id)).toBe(100);
    // Reading it again later changes nothing.
    await readGeneration(app, u, generationId);
    expect(await getBalance(app.db, u.id)).toBe(100);
  });
});

describe('credits come back when the provider cannot start a job', async () => {
  const app = await build(
    { PLATFORM_PROVIDER_KEYS: 'sandbox=sk-sandbox-unavailable-ops' },
    { listen: true },
  );

  it('refunds at once and says so', async () => {
    const u = await person(app, 'premium', 100);
    const res = await startGeneration(app, u, u.videoId);
    expect(res.statusCode).toBe(502);
    expect(res.json().error.message).toMatch(/refunded/);
    expect(await getBalance(app.db, u.id)).toBe(100);
    const keys = await ledgerKeys(app, u.id);
    expect(keys).toHaveLength(3);
    expect(keys[2]).toMatch(/^refund:/);
  });
});
