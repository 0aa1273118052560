import type { Connection } from 'mongoose';
import { generationModel, type GenerationDoc } from '../../models/generation.ts';
import { refundGeneration } from '../credits.ts';
import type { StoredError } from './failures.ts';

/** The states in which a generation can still change. */
export const ACTIVE: Array<'queued' | 'in_progress'> = ['queued', 'in_progress'];

/**
 * Marks a generation failed and refunds its credits (at most once: the ledger's unique opKey
 * sees to that, whatever number of requests get here together). `releaseKey` frees the
 * Idempotency-Key when nothing was started, so the user's retry starts afresh.
 */
export async function failGeneration(
  db: Connection,
  doc: GenerationDoc,
  error: StoredError,
  options: { releaseKey?: boolean } = {},
): Promise<GenerationDoc> {
  const Generations = generationModel(db);
  const set: Record<string, unknown> = { status: 'failed', error };
  if (options.releaseKey)
    set.idempotencyKey = `released:${doc._id.toString()}:${doc.idempotencyKey}`;
  await Generations.updateOne({ _id: doc._id, status: { $in: ACTIVE } }, { $set: set });
  const failed = { ...doc, ...set } as GenerationDoc;
  return settleRefund(db, failed);
}

/** Makes sure a failed credit generation got its refund (also heals a crash mid-failure). */
export async function settleRefund(db: Connection, doc: GenerationDoc): Promise<GenerationDoc> {
  if (doc.billing !== 'credits' || doc.refunded) return doc;
  await refundGeneration(db, doc.userId, doc._id.toString());
  await generationModel(db).updateOne({ _id: doc._id }, { $set: { refunded: true } });
  return { ...doc, refunded: true };
}
