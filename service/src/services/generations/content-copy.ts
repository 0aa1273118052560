import { Types } from 'mongoose';
import type OpenAI from 'openai';
import { isDuplicateKey } from '../../lib/duplicate-key.ts';
import { generationCopyModel } from '../../models/generation-copy.ts';
import { generationModel, type GenerationDoc } from '../../models/generation.ts';
import { downloadJob } from '../../providers/video-jobs.ts';
import type { GenerationDeps } from './deps.ts';

/** How long one copy attempt may hold its claim. */
export const COPY_LEASE_MS = 120_000;
/** A copy gives up this long before its lease ends, so two attempts never overlap. */
const COPY_MARGIN_MS = 15_000;
/** After this many failed attempts the provider's file is considered lost. */
export const MAX_COPY_ATTEMPTS = 5;

export type CopyOutcome =
  | { state: 'copied'; doc: GenerationDoc }
  | { state: 'busy' }
  | { state: 'failed'; attempts: number };

/**
 * Copies a completed job's video from the provider into our storage exactly once (provider
 * links expire). Many readers may notice the completion at once, on several instances: each
 * tries to insert the next (generationId, attempt) claim and only the one that succeeds
 * copies; the others report `busy` and the generation stays in progress until the copy
 * lands. A claim whose holder died expires after its lease and the next attempt is claimed.
 */
export async function copyContentOnce(
  deps: Pick<GenerationDeps, 'db' | 'storage' | 'providers' | 'config' | 'log'>,
  doc: GenerationDoc,
  client: OpenAI,
  now: () => Date = () => new Date(),
): Promise<CopyOutcome> {
  const Copies = generationCopyModel(deps.db);
  const Generations = generationModel(deps.db);
  const latest = await Copies.findOne({ generationId: doc._id }).sort({ attempt: -1 }).lean();
  if (latest && latest.leaseUntil.getTime() > now().getTime()) return { state: 'busy' };
  const attempt = latest ? latest.attempt + 1 : 0;
  if (attempt >= MAX_COPY_ATTEMPTS) return { state: 'failed', attempts: attempt };

  const fileId = new Types.ObjectId();
  const claimedAt = now();
  let claimId: Types.ObjectId;
  try {
    const claim = await Copies.create({
      generationId: doc._id,
      attempt,
      fileId,
      claimedAt,
      leaseUntil: new Date(claimedAt.getTime() + COPY_LEASE_MS),
    });
    claimId = claim._id;
  } catch (error) {
    if (isDuplicateKey(error)) return { state: 'busy' };
    throw error;
  }

  // The previous holder may have finished just as its lease ran out.
  const current = await Generations.findById(doc._id).lean<GenerationDoc>();
  if (current?.status === 'completed' && current.contentFileId) {
    return { state: 'copied', doc: current };
  }
  // …or left a partial file behind when it died.
  if (latest) await deps.storage.remove(latest.fileId.toString());

  const signal = AbortSignal.timeout(COPY_LEASE_MS - COPY_MARGIN_MS);
  try {
    const { stream, contentType } = await downloadJob(client, doc.providerJobId!, {
      signal,
      allowedOrigins: deps.providers.get(doc.providerId)?.downloadOrigins ?? [],
      maxBytes: deps.config.providerMaxDownloadBytes,
    });
    const stored = await deps.storage.put(fileId.toString(), stream, {
      contentType,
      filename: `generation-${doc._id.toString()}.mp4`,
      metadata: { generationId: doc._id, userId: doc.userId },
    });
    const completedAt = now();
    const fields = {
      status: 'completed' as const,
      progress: 100,
      contentFileId: fileId,
      contentType: stored.contentType,
      contentBytes: stored.length,
      completedAt,
    };
    await Generations.updateOne({ _id: doc._id }, { $set: fields });
    return { state: 'copied', doc: { ...doc, ...fields } };
  } catch (error) {
    deps.log.warn(
      {
        generationId: doc._id.toString(),
        attempt,
        err: { name: (error as Error).name, reason: (error as { reason?: string }).reason },
      },
      'copying a finished video failed; the next read tries again',
    );
    // Hand the turn to the next reader now rather than after the lease.
    await Copies.updateOne({ _id: claimId }, { $set: { leaseUntil: now() } });
    return { state: 'busy' };
  }
}
