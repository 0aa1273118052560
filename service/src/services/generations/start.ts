import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { estimateCost, type StartGenerationBody, type Tier } from '@scenra/contracts';
import { isDuplicateKey } from '../../lib/duplicate-key.ts';
import { isAppError } from '../../lib/errors.ts';
import { generationModel, type GenerationDoc } from '../../models/generation.ts';
import { classifyProviderError } from '../../providers/errors.ts';
import { resolveOffer } from '../../providers/offers.ts';
import { createJob } from '../../providers/video-jobs.ts';
import { markKeyInvalid, markKeyUsed } from '../api-keys.ts';
import { debitForGeneration, getBalance, insufficientCredits } from '../credits.ts';
import { findOwnedVideo } from '../owned-video.ts';
import type { GenerationDeps } from './deps.ts';
import {
  idempotencyKeyReused,
  renderFailure,
  startFailure,
  storedErrorAnswer,
  type StoredError,
} from './failures.ts';
import { payerFor } from './payer.ts';
import { failGeneration } from './settle.ts';

/**
 * Starting a generation (DESIGN.md "Tiers and generation"): one job and one debit per
 * Idempotency-Key, failures refunded once. Nothing here keeps state in memory, so any number
 * of instances can serve it.
 */

export interface Caller {
  userId: string;
  tier: Tier;
  requestId: string;
}

function requestHash(videoId: string, body: StartGenerationBody): string {
  const { billing, keyId, providerId, model, seconds, size } = body;
  return createHash('sha256')
    .update(JSON.stringify([videoId, billing, keyId ?? null, providerId, model, seconds, size]))
    .digest('base64url');
}

/** What a repeated request under an Idempotency-Key gets: the same generation, or the same error. */
function replay(existing: GenerationDoc, hash: string): GenerationDoc {
  const generationId = existing._id.toString();
  if (existing.requestHash !== hash) throw idempotencyKeyReused(generationId);
  const stored = existing.error as StoredError | undefined;
  if (existing.status === 'failed' && stored?.httpStatus) {
    throw storedErrorAnswer({ ...stored, httpStatus: stored.httpStatus }, generationId);
  }
  return existing;
}

/**
 * `POST /api/videos/:id/generations`. The first request under an Idempotency-Key inserts the
 * generation (the unique (userId, idempotencyKey) index lets exactly one win), debits its
 * credits and starts the provider job; every other request with that key gets that
 * generation back, however many arrive at once.
 */
export async function startGeneration(
  deps: GenerationDeps,
  caller: Caller,
  videoId: string,
  body: StartGenerationBody,
  idempotencyKey: string,
): Promise<{ generation: GenerationDoc; replayed: boolean }> {
  const { db } = deps;
  const Generations = generationModel(db);
  const { provider, model } = resolveOffer(deps.providers, body);
  const video = await findOwnedVideo(deps, caller.userId, videoId);
  const hash = requestHash(videoId, body);
  const findExisting = () =>
    Generations.findOne({ userId: caller.userId, idempotencyKey }).lean<GenerationDoc>();

  const earlier = await findExisting();
  if (earlier) return { generation: replay(earlier, hash), replayed: true };

  const payer = await payerFor(deps, caller, body, provider);
  const estimate = estimateCost(model, body.seconds);
  if (body.billing === 'credits') {
    // A cheap early answer; the debit below is the authoritative check.
    const balance = await getBalance(db, caller.userId);
    if (balance < estimate.credits) throw insufficientCredits(balance, estimate.credits);
  }

  let doc: GenerationDoc;
  try {
    const created = await Generations.create({
      videoId: video._id,
      userId: caller.userId,
      providerId: provider.id,
      model: model.id,
      seconds: body.seconds,
      size: body.size,
      billing: body.billing,
      ...(payer.keyId ? { keyId: new Types.ObjectId(payer.keyId) } : {}),
      requestHash: hash,
      idempotencyKey,
      status: 'queued',
      progress: 0,
      estimate,
      creditsCharged: 0,
      refunded: false,
      createdAt: new Date(),
    });
    doc = created.toObject() as GenerationDoc;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const winner = await findExisting();
    if (!winner) throw error;
    return { generation: replay(winner, hash), replayed: true };
  }
  const generationId = doc._id.toString();

  if (body.billing === 'credits') {
    try {
      await debitForGeneration(db, caller.userId, generationId, estimate.credits);
    } catch (error) {
      if (isAppError(error)) {
        await failGeneration(
          db,
          doc,
          { code: error.code, message: error.message, httpStatus: error.statusCode },
          { releaseKey: true },
        );
      }
      throw error;
    }
    await Generations.updateOne({ _id: doc._id }, { $set: { creditsCharged: estimate.credits } });
    doc.creditsCharged = estimate.credits;
  }

  const client = deps.providers.client(provider.id, payer.apiKey);
  let job;
  try {
    job = await createJob(client, {
      prompt: video.optimizedPrompt,
      model: model.id,
      seconds: body.seconds,
      size: body.size,
    });
  } catch (error) {
    const failure = classifyProviderError(error);
    if (failure.kind === 'auth') {
      if (payer.keyId) await markKeyInvalid(deps, payer.keyId, caller.requestId);
      else deps.log.error({ providerId: provider.id }, 'the provider refused the platform key');
    }
    const answer = startFailure(failure, provider, payer, body.billing === 'credits', generationId);
    await failGeneration(db, doc, answer.stored, { releaseKey: answer.releaseKey });
    throw answer.error;
  }

  const started = { providerJobId: job.id, status: job.status, progress: job.progress };
  await Generations.updateOne({ _id: doc._id }, { $set: started });
  if (payer.keyId) await markKeyUsed(deps, payer.keyId, caller.requestId);
  const generation = { ...doc, ...started } as GenerationDoc;
  if (job.status === 'failed') {
    return {
      generation: await failGeneration(db, generation, renderFailure(provider, job.error)),
      replayed: false,
    };
  }
  return { generation, replayed: false };
}
