import type { Types } from 'mongoose';
import { isDuplicateKey } from '../../lib/duplicate-key.ts';
import { notFound } from '../../lib/errors.ts';
import { generationModel, type GenerationDoc } from '../../models/generation.ts';
import { generationRefreshModel } from '../../models/generation-refresh.ts';
import { classifyProviderError } from '../../providers/errors.ts';
import { retrieveJob } from '../../providers/video-jobs.ts';
import { markKeyInvalid } from '../api-keys.ts';
import { copyContentOnce } from './content-copy.ts';
import type { GenerationDeps } from './deps.ts';
import {
  contentUnavailable,
  providerJobMissing,
  refreshAuthFailed,
  renderFailure,
  startInterrupted,
} from './failures.ts';
import { payerOf } from './payer.ts';
import { ACTIVE, failGeneration, settleRefund } from './settle.ts';

/**
 * Reading a generation: progress is read from the provider on demand, at most once per
 * window whatever the number of readers; a failed job is refunded and a completed one copied
 * into storage, each once.
 */

/** A start that has not recorded its provider job by then was interrupted (e.g. a crash). */
const START_GRACE_MS = 5 * 60_000;

/**
 * Whether this reader may ask the provider now: the first to insert the generation's claim
 * for the current window (PROVIDER_REFRESH_MS) wins, on whichever instance. A user polling
 * hard therefore costs the operator's key one call per window, not one per request.
 */
async function claimRefresh(
  deps: Pick<GenerationDeps, 'db' | 'config'>,
  generationId: Types.ObjectId,
  at: Date,
): Promise<boolean> {
  const window = Math.floor(at.getTime() / deps.config.providerRefreshMs);
  try {
    await generationRefreshModel(deps.db).create({ generationId, window });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** One of the caller's generations, or 404 — the same for a missing one and for another's. */
export async function findOwnGeneration(
  { db }: Pick<GenerationDeps, 'db'>,
  userId: string,
  id: string,
): Promise<GenerationDoc> {
  // By `_id` alone, the owner checked here: FerretDB serves only an `_id`-only filter from
  // storage (anything more scans the collection); on MongoDB both use the `_id` index.
  const doc = await generationModel(db).findOne({ _id: id }).lean<GenerationDoc>();
  if (!doc || doc.userId !== userId) throw notFound('Generation');
  return doc;
}

/**
 * `GET /api/generations/:id`: the stored state, refreshed from the provider while the job is
 * active. Transient provider trouble (rate limit, outage) leaves the stored state for the
 * next read.
 */
export async function refreshGeneration(
  deps: GenerationDeps,
  doc: GenerationDoc,
  requestId: string,
  now: () => Date = () => new Date(),
): Promise<GenerationDoc> {
  const refreshed = await refreshFromProvider(deps, doc, requestId, now);
  const settled = refreshed.status === 'completed' || refreshed.status === 'failed';
  if (settled && (doc.status === 'queued' || doc.status === 'in_progress')) {
    // Nobody asks the provider about a settled generation again: its claims can go.
    await generationRefreshModel(deps.db).deleteMany({ generationId: doc._id });
  }
  return refreshed;
}

async function refreshFromProvider(
  deps: GenerationDeps,
  doc: GenerationDoc,
  requestId: string,
  now: () => Date,
): Promise<GenerationDoc> {
  const { db } = deps;
  if (doc.status === 'failed') return settleRefund(db, doc);
  if (doc.status === 'completed') return doc;
  const provider = deps.providers.get(doc.providerId) ?? { label: doc.providerId };
  if (!doc.providerJobId) {
    if (now().getTime() - doc.createdAt.getTime() < START_GRACE_MS) return doc;
    return failGeneration(db, doc, startInterrupted());
  }
  // Many readers, one provider call per window: the others answer with the stored state.
  if (!(await claimRefresh(deps, doc._id, now()))) return doc;
  const payer = await payerOf(deps, doc);
  if (!('apiKey' in payer)) return failGeneration(db, doc, payer);
  const client = deps.providers.client(doc.providerId, payer.apiKey);

  let job;
  try {
    job = await retrieveJob(client, doc.providerJobId);
  } catch (error) {
    const failure = classifyProviderError(error);
    if (failure.kind === 'auth') {
      if (payer.keyId) await markKeyInvalid(deps, payer.keyId, requestId);
      return failGeneration(db, doc, refreshAuthFailed(provider));
    }
    if (failure.kind === 'not_found') return failGeneration(db, doc, providerJobMissing(provider));
    deps.log.warn(
      { generationId: doc._id.toString(), failure: failure.kind },
      'could not refresh a generation; the next read tries again',
    );
    return doc;
  }

  if (job.status === 'failed') return failGeneration(db, doc, renderFailure(provider, job.error));
  if (job.status === 'completed') {
    const copy = await copyContentOnce(deps, doc, client);
    if (copy.state === 'copied') return copy.doc;
    if (copy.state === 'failed') {
      return failGeneration(db, doc, contentUnavailable(provider, copy.attempts));
    }
    // Another request is copying the file: the generation completes when it lands.
    return { ...doc, status: 'in_progress', progress: 100 };
  }
  if (job.status !== doc.status || job.progress !== doc.progress) {
    const progress = { status: job.status, progress: job.progress };
    await generationModel(db).updateOne(
      { _id: doc._id, status: { $in: ACTIVE } },
      { $set: progress },
    );
    return { ...doc, ...progress };
  }
  return doc;
}
