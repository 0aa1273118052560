import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Types } from 'mongoose';
import {
  estimateCost,
  maskKey,
  type ProviderConfig,
  type ProviderModel,
  type ProviderOffer,
  type StartGenerationBody,
  type Tier,
  UPGRADE_OPTIONS,
  upgradeRequiredMessages,
  type UpgradeReason,
} from '@scenra/contracts';
import { AppError, invalidField, isAppError, notFound } from '../lib/errors.ts';
import { generationModel, type GenerationDoc } from '../models/generation.ts';
import { generationRefreshModel } from '../models/generation-refresh.ts';
import { markKeyInvalid, markKeyUsed, openKey } from './api-keys.ts';
import {
  debitForGeneration,
  getBalance,
  insufficientCredits,
  refundGeneration,
} from './credits.ts';
import { copyContentOnce } from './generation-content.ts';
import { findOwnedVideo } from './owned-video.ts';
import { classifyProviderError, type ProviderFailure } from '../providers/errors.ts';
import { createJob, retrieveJob } from '../providers/video-jobs.ts';

/**
 * Generations (DESIGN.md "Tiers and generation"): who may generate with what, one job and
 * one debit per Idempotency-Key, failures refunded once, progress read from the provider on
 * demand. Nothing here keeps state in memory, so any number of instances can serve it.
 */

export interface Caller {
  userId: string;
  tier: Tier;
  requestId: string;
}

interface Payer {
  apiKey: string;
  /** The user's key (BYOK); absent when the operator's key pays (credits). */
  keyId?: string;
  keySuffix?: string;
}

interface StoredError {
  code: string;
  message: string;
  /** Set when the generation never started: a replay answers with the same error. */
  httpStatus?: number;
  retryAfterSec?: number;
}

/** A start that has not recorded its provider job by then was interrupted (e.g. a crash). */
const START_GRACE_MS = 5 * 60_000;

const ACTIVE: Array<'queued' | 'in_progress'> = ['queued', 'in_progress'];

export const upgradeRequired = (reason: UpgradeReason) =>
  new AppError(402, 'upgrade_required', upgradeRequiredMessages[reason], {
    details: { reason, options: [...UPGRADE_OPTIONS] },
  });

// --- what is being asked for --------------------------------------------------------------

/** The provider and model of a request, refused with a reason when they cannot be used. */
export function resolveOffer(
  fastify: FastifyInstance,
  body: Pick<StartGenerationBody, 'providerId' | 'model' | 'seconds' | 'size'>,
): { provider: ProviderConfig; model: ProviderModel } {
  const provider = fastify.providers.get(body.providerId);
  if (!provider) throw invalidField('providerId', `"${body.providerId}" is not offered here`);
  if (provider.status === 'retired') {
    throw new AppError(
      400,
      'provider_retired',
      provider.statusNote ??
        `${provider.label} no longer generates video. Choose another provider.`,
      { details: [{ field: 'providerId', message: 'is retired' }] },
    );
  }
  const model = provider.models.find((m) => m.id === body.model);
  if (!model) {
    const offered = provider.models.filter((m) => m.status !== 'retired').map((m) => m.id);
    throw invalidField('model', `must be one of ${offered.join(', ')} for ${provider.label}`);
  }
  if (model.status === 'retired') {
    throw new AppError(
      400,
      'model_retired',
      `${model.label} is retired at ${provider.label}. Choose another model.`,
      { details: [{ field: 'model', message: 'is retired' }] },
    );
  }
  if (!model.seconds.includes(body.seconds)) {
    throw invalidField('seconds', `must be one of ${model.seconds.join(', ')} for ${model.label}`);
  }
  if (!model.sizes.includes(body.size)) {
    throw invalidField('size', `must be one of ${model.sizes.join(', ')} for ${model.label}`);
  }
  return { provider, model };
}

/** Whether Scenra credits can pay for a provider: it is active and the operator has a key for it. */
export function creditsAvailable(fastify: FastifyInstance, provider: ProviderConfig): boolean {
  return provider.status === 'active' && Boolean(fastify.config.platformProviderKeys[provider.id]);
}

/** The providers as callers see them (`GET /api/providers`, `GET /api/me`): no base URL or protocol. */
export function providerOffers(fastify: FastifyInstance): ProviderOffer[] {
  return fastify.providers.list().map((provider) => {
    const {
      baseURL: _baseURL,
      protocol: _protocol,
      downloadOrigins: _downloadOrigins,
      ...summary
    } = provider;
    return { ...summary, creditsAvailable: creditsAvailable(fastify, provider) };
  });
}

/** Who pays, per the tier table: credits are Premium's; a free user needs a valid key. */
async function payerFor(
  fastify: FastifyInstance,
  caller: Caller,
  body: StartGenerationBody,
  provider: ProviderConfig,
): Promise<Payer> {
  if (body.billing === 'credits') {
    if (caller.tier !== 'premium') throw upgradeRequired('credits_need_premium');
    const apiKey = fastify.config.platformProviderKeys[provider.id];
    if (!apiKey) {
      throw new AppError(
        400,
        'credits_unavailable',
        `Scenra credits cannot pay for ${provider.label} yet. Use your own API key for it.`,
        {
          details: [{ field: 'billing', message: `credits are not available for ${provider.id}` }],
        },
      );
    }
    return { apiKey };
  }
  let opened: Awaited<ReturnType<typeof openKey>>;
  try {
    opened = await openKey(fastify, caller.userId, body.keyId!);
  } catch (error) {
    if (caller.tier === 'free' && isAppError(error) && error.statusCode === 404) {
      throw upgradeRequired('no_valid_key');
    }
    throw error;
  }
  const { apiKey, doc } = opened;
  if (doc.provider !== provider.id) {
    throw invalidField('keyId', `is a key for ${doc.provider}, not for ${provider.label}`);
  }
  if (doc.status === 'invalid' || doc.status === 'restricted') {
    if (caller.tier === 'free') throw upgradeRequired('no_valid_key');
    throw new AppError(
      409,
      `key_${doc.status}`,
      doc.status === 'invalid'
        ? `${provider.label} rejected your key ${maskKey(doc.keySuffix)}. Replace it in Settings → API keys, or use Scenra credits.`
        : `Your key ${maskKey(doc.keySuffix)} lacks a permission video generation needs. Replace it in Settings → API keys, or use Scenra credits.`,
      { details: { keyId: doc._id.toString(), status: doc.status } },
    );
  }
  return { apiKey, keyId: doc._id.toString(), keySuffix: doc.keySuffix };
}

/** The operator's or the user's key for reading an existing generation. */
async function payerOf(fastify: FastifyInstance, doc: GenerationDoc): Promise<Payer | StoredError> {
  if (doc.billing === 'credits') {
    const apiKey = fastify.config.platformProviderKeys[doc.providerId];
    if (!apiKey) {
      return {
        code: 'credits_unavailable',
        message: 'The provider of this generation can no longer be read with Scenra credits.',
      };
    }
    return { apiKey };
  }
  try {
    const { apiKey, doc: key } = await openKey(fastify, doc.userId, doc.keyId!.toString());
    return { apiKey, keyId: key._id.toString(), keySuffix: key.keySuffix };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      code: 'key_unavailable',
      message:
        'The API key this generation used was removed or can no longer be read, so its progress cannot be fetched.',
    };
  }
}

// --- failures --------------------------------------------------------------------------------

/** The API answer to a provider failure while starting a job, and whether the key is freed. */
function startFailure(
  failure: ProviderFailure,
  provider: ProviderConfig,
  payer: Payer,
  refunded: boolean,
  generationId: string,
): { error: AppError; stored: StoredError; releaseKey: boolean } {
  const refundNote = refunded ? ' Your credits were refunded.' : '';
  const make = (
    status: number,
    code: string,
    message: string,
    releaseKey: boolean,
    retryAfterSec?: number,
  ) => ({
    error: new AppError(status, code, message, {
      details: { generationId, ...(retryAfterSec ? { retryAfterSec } : {}) },
      ...(retryAfterSec ? { headers: { 'retry-after': String(retryAfterSec) } } : {}),
    }),
    stored: { code, message, httpStatus: status, ...(retryAfterSec ? { retryAfterSec } : {}) },
    releaseKey,
  });
  switch (failure.kind) {
    case 'auth':
      return make(
        502,
        'provider_auth_failed',
        payer.keyId
          ? `${provider.label} refused your API key ${maskKey(payer.keySuffix ?? '')}. It is now marked invalid: replace it in Settings → API keys.`
          : `${provider.label} refused Scenra's key.${refundNote} Try again later or use your own API key.`,
        true,
      );
    case 'rate_limited':
      return make(
        429,
        'provider_rate_limited',
        `${provider.label} is limiting requests right now. Try again in ${failure.retryAfterSec} seconds.${refundNote}`,
        true,
        failure.retryAfterSec,
      );
    case 'rejected':
    case 'not_found': {
      const status = failure.kind === 'rejected' ? failure.status : 404;
      const why =
        status === 403
          ? 'the key lacks a permission video generation needs'
          : `it answered HTTP ${status}${failure.kind === 'rejected' && failure.code ? ` (${failure.code})` : ''}`;
      return make(
        502,
        'provider_rejected',
        `${provider.label} refused to start this video: ${why}.${refundNote}`,
        true,
      );
    }
    case 'unavailable':
      return make(
        502,
        'provider_unavailable',
        failure.reason === 'timeout'
          ? `${provider.label} did not answer in time, so the video was not started.${refundNote} Try again.`
          : `${provider.label} is unavailable right now, so the video was not started.${refundNote} Try again later.`,
        // The job may exist at the provider: a retry under this key reports this failure
        // instead of possibly starting a second one.
        false,
      );
  }
}

/**
 * Marks a generation failed and refunds its credits (at most once: the ledger's unique opKey
 * sees to that, whatever number of requests get here together). `releaseKey` frees the
 * Idempotency-Key when nothing was started, so the user's retry starts afresh.
 */
async function failGeneration(
  fastify: FastifyInstance,
  doc: GenerationDoc,
  error: StoredError,
  options: { releaseKey?: boolean } = {},
): Promise<GenerationDoc> {
  const Generations = generationModel(fastify.db);
  const set: Record<string, unknown> = { status: 'failed', error };
  if (options.releaseKey)
    set.idempotencyKey = `released:${doc._id.toString()}:${doc.idempotencyKey}`;
  await Generations.updateOne({ _id: doc._id, status: { $in: ACTIVE } }, { $set: set });
  const failed = { ...doc, ...set } as GenerationDoc;
  return settleRefund(fastify, failed);
}

/** Makes sure a failed credit generation got its refund (also heals a crash mid-failure). */
async function settleRefund(fastify: FastifyInstance, doc: GenerationDoc): Promise<GenerationDoc> {
  if (doc.billing !== 'credits' || doc.refunded) return doc;
  await refundGeneration(fastify.db, doc.userId, doc._id.toString());
  await generationModel(fastify.db).updateOne({ _id: doc._id }, { $set: { refunded: true } });
  return { ...doc, refunded: true };
}

// --- start -----------------------------------------------------------------------------------

function requestHash(videoId: string, body: StartGenerationBody): string {
  const { billing, keyId, providerId, model, seconds, size } = body;
  return createHash('sha256')
    .update(JSON.stringify([videoId, billing, keyId ?? null, providerId, model, seconds, size]))
    .digest('base64url');
}

/** What a repeated request under an Idempotency-Key gets: the same generation, or the same error. */
function replay(existing: GenerationDoc, hash: string): GenerationDoc {
  if (existing.requestHash !== hash) {
    throw new AppError(
      409,
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different generation request. Send a new key with a new request.',
      { details: { generationId: existing._id.toString() } },
    );
  }
  const stored = existing.error as StoredError | undefined;
  if (existing.status === 'failed' && stored?.httpStatus) {
    throw new AppError(stored.httpStatus, stored.code, stored.message, {
      details: {
        generationId: existing._id.toString(),
        ...(stored.retryAfterSec ? { retryAfterSec: stored.retryAfterSec } : {}),
      },
      ...(stored.retryAfterSec ? { headers: { 'retry-after': String(stored.retryAfterSec) } } : {}),
    });
  }
  return existing;
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown }).code === 11000;

/**
 * `POST /api/videos/:id/generations`. The first request under an Idempotency-Key inserts the
 * generation (the unique (userId, idempotencyKey) index lets exactly one win), debits its
 * credits and starts the provider job; every other request with that key gets that
 * generation back, however many arrive at once.
 */
export async function startGeneration(
  fastify: FastifyInstance,
  caller: Caller,
  videoId: string,
  body: StartGenerationBody,
  idempotencyKey: string,
): Promise<{ generation: GenerationDoc; replayed: boolean }> {
  const Generations = generationModel(fastify.db);
  const { provider, model } = resolveOffer(fastify, body);
  const video = await findOwnedVideo(fastify, caller.userId, videoId);
  const hash = requestHash(videoId, body);
  const findExisting = () =>
    Generations.findOne({ userId: caller.userId, idempotencyKey }).lean<GenerationDoc>();

  const earlier = await findExisting();
  if (earlier) return { generation: replay(earlier, hash), replayed: true };

  const payer = await payerFor(fastify, caller, body, provider);
  const estimate = estimateCost(model, body.seconds);
  if (body.billing === 'credits') {
    // A cheap early answer; the debit below is the authoritative check.
    const balance = await getBalance(fastify.db, caller.userId);
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
      await debitForGeneration(fastify.db, caller.userId, generationId, estimate.credits);
    } catch (error) {
      if (isAppError(error)) {
        await failGeneration(
          fastify,
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

  const client = fastify.providers.client(provider.id, payer.apiKey);
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
      if (payer.keyId) await markKeyInvalid(fastify, payer.keyId, caller.requestId);
      else fastify.log.error({ providerId: provider.id }, 'the provider refused the platform key');
    }
    const answer = startFailure(failure, provider, payer, body.billing === 'credits', generationId);
    await failGeneration(fastify, doc, answer.stored, { releaseKey: answer.releaseKey });
    throw answer.error;
  }

  const started = { providerJobId: job.id, status: job.status, progress: job.progress };
  await Generations.updateOne({ _id: doc._id }, { $set: started });
  if (payer.keyId) await markKeyUsed(fastify, payer.keyId, caller.requestId);
  const generation = { ...doc, ...started } as GenerationDoc;
  if (job.status === 'failed') {
    return {
      generation: await failGeneration(fastify, generation, renderFailure(provider, job.error)),
      replayed: false,
    };
  }
  return { generation, replayed: false };
}

function renderFailure(
  provider: Pick<ProviderConfig, 'label'>,
  error: { code: string; message: string } | undefined,
): StoredError {
  return {
    code: 'generation_failed',
    message: `${provider.label} could not render this video${error ? `: ${error.message}` : '.'}`,
  };
}

// --- read and refresh -------------------------------------------------------------------------

/**
 * Whether this reader may ask the provider now: the first to insert the generation's claim
 * for the current window (PROVIDER_REFRESH_MS) wins, on whichever instance. A user polling
 * hard therefore costs the operator's key one call per window, not one per request.
 */
async function claimRefresh(
  fastify: FastifyInstance,
  generationId: Types.ObjectId,
  at: Date,
): Promise<boolean> {
  const window = Math.floor(at.getTime() / fastify.config.providerRefreshMs);
  try {
    await generationRefreshModel(fastify.db).create({ generationId, window });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** One of the caller's generations, or 404 — the same for a missing one and for another's. */
export async function findOwnGeneration(
  fastify: FastifyInstance,
  userId: string,
  id: string,
): Promise<GenerationDoc> {
  // By `_id` alone, the owner checked here: FerretDB serves only an `_id`-only filter from
  // storage (anything more scans the collection); on MongoDB both use the `_id` index.
  const doc = await generationModel(fastify.db).findOne({ _id: id }).lean<GenerationDoc>();
  if (!doc || doc.userId !== userId) throw notFound('Generation');
  return doc;
}

/**
 * `GET /api/generations/:id`: the stored state, refreshed from the provider while the job is
 * active. A failed job is refunded and a completed one copied into storage, each once.
 * Transient provider trouble (rate limit, outage) leaves the stored state for the next read.
 */
export async function refreshGeneration(
  fastify: FastifyInstance,
  doc: GenerationDoc,
  requestId: string,
  now: () => Date = () => new Date(),
): Promise<GenerationDoc> {
  const refreshed = await refreshFromProvider(fastify, doc, requestId, now);
  const settled = refreshed.status === 'completed' || refreshed.status === 'failed';
  if (settled && (doc.status === 'queued' || doc.status === 'in_progress')) {
    // Nobody asks the provider about a settled generation again: its claims can go.
    await generationRefreshModel(fastify.db).deleteMany({ generationId: doc._id });
  }
  return refreshed;
}

async function refreshFromProvider(
  fastify: FastifyInstance,
  doc: GenerationDoc,
  requestId: string,
  now: () => Date,
): Promise<GenerationDoc> {
  if (doc.status === 'failed') return settleRefund(fastify, doc);
  if (doc.status === 'completed') return doc;
  const provider = fastify.providers.get(doc.providerId) ?? { label: doc.providerId };
  if (!doc.providerJobId) {
    if (now().getTime() - doc.createdAt.getTime() < START_GRACE_MS) return doc;
    return failGeneration(fastify, doc, {
      code: 'start_interrupted',
      message: 'Starting this video was interrupted. Try again.',
    });
  }
  // Many readers, one provider call per window: the others answer with the stored state.
  if (!(await claimRefresh(fastify, doc._id, now()))) return doc;
  const payer = await payerOf(fastify, doc);
  if (!('apiKey' in payer)) return failGeneration(fastify, doc, payer);
  const client = fastify.providers.client(doc.providerId, payer.apiKey);

  let job;
  try {
    job = await retrieveJob(client, doc.providerJobId);
  } catch (error) {
    const failure = classifyProviderError(error);
    if (failure.kind === 'auth') {
      if (payer.keyId) await markKeyInvalid(fastify, payer.keyId, requestId);
      return failGeneration(fastify, doc, {
        code: 'provider_auth_failed',
        message: `${provider.label} no longer accepts the key this generation used, so its result cannot be fetched.`,
      });
    }
    if (failure.kind === 'not_found') {
      return failGeneration(fastify, doc, {
        code: 'provider_job_missing',
        message: `${provider.label} no longer knows this job.`,
      });
    }
    fastify.log.warn(
      { generationId: doc._id.toString(), failure: failure.kind },
      'could not refresh a generation; the next read tries again',
    );
    return doc;
  }

  if (job.status === 'failed')
    return failGeneration(fastify, doc, renderFailure(provider, job.error));
  if (job.status === 'completed') {
    const copy = await copyContentOnce(fastify, doc, client);
    if (copy.state === 'copied') return copy.doc;
    if (copy.state === 'failed') {
      return failGeneration(fastify, doc, {
        code: 'content_unavailable',
        message: `${provider.label} finished the video, but it could not be downloaded after ${copy.attempts} attempts.`,
      });
    }
    // Another request is copying the file: the generation completes when it lands.
    return { ...doc, status: 'in_progress', progress: 100 };
  }
  if (job.status !== doc.status || job.progress !== doc.progress) {
    const progress = { status: job.status, progress: job.progress };
    await generationModel(fastify.db).updateOne(
      { _id: doc._id, status: { $in: ACTIVE } },
      { $set: progress },
    );
    return { ...doc, ...progress };
  }
  return doc;
}
