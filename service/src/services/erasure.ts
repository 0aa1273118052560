import { randomUUID } from 'node:crypto';
import { Types, type Connection } from 'mongoose';
import type { ErasureReport } from '@scenra/contracts';
import { apiKeyModel } from '../models/api-key.ts';
import { auditEventModel } from '../models/audit-event.ts';
import { creditLedgerModel } from '../models/credit-ledger.ts';
import { generationModel, type GenerationDoc } from '../models/generation.ts';
import { shareModel } from '../models/share.ts';
import { shareViewModel } from '../models/share-view.ts';
import { userModel } from '../models/user.ts';
import { videoPdfModel } from '../models/video-pdf.ts';
import { videoModel } from '../models/video.ts';
import type { FileStorage } from '../storage/port.ts';
import { removeGenerations } from './video-deletion.ts';

/**
 * A fresh pseudonym for the ledger entries one erasure keeps. Random, so this database alone
 * no longer links them to anyone; the report hands it to the host product, whose billing
 * knows the person and records it for audits and disputes. Fresh per erasure, so entries made
 * after an earlier erasure never collide with the ones it kept (seq is unique per holder).
 */
export const ledgerPseudonym = () => `erased:${randomUUID()}`;

/** What erasing a user needs: the database, the stored files, and the caches to forget. */
export interface ErasureDeps {
  db: Connection;
  storage: FileStorage;
  publicShares: { forget(id: string): void };
  videosById: { forget(id: string): void };
}

/**
 * Erases everything this service holds about one user, for the host product (right to
 * erasure): account, API keys, videos and their stored PDFs, share links and their view
 * rows, generations with their files, and audit events. The credit ledger is kept — credits
 * are bought, and purchase records must be retained for bookkeeping and tax law — but its
 * entries are moved to a fresh pseudonym, so no entry names the user any more. Idempotent: erasing
 * again finds nothing and reports zeros. Runs to the end of each step even if the user works
 * meanwhile; a second call sweeps up anything created in between.
 */
export async function eraseUser(deps: ErasureDeps, userId: string): Promise<ErasureReport> {
  const { db } = deps;
  const owner = new Types.ObjectId(userId);

  const generations = await generationModel(db)
    .find({ userId })
    .select({ contentFileId: 1 })
    .lean<Array<Pick<GenerationDoc, '_id' | 'contentFileId'>>>();
  const removedGenerations = await removeGenerations(deps, generations);

  const shares = await shareModel(db).find({ ownerId: owner }).select({ _id: 1 }).lean();
  const shareViews = shares.length
    ? await shareViewModel(db).deleteMany({ shareId: { $in: shares.map((s) => s._id) } })
    : { deletedCount: 0 };
  const removedShares = await shareModel(db).deleteMany({ ownerId: owner });
  for (const share of shares) deps.publicShares.forget(share._id.toString());
  const storedPdfs = await videoPdfModel(db).deleteMany({ ownerId: owner });
  const videoIds = await videoModel(db).find({ ownerId: owner }).select({ _id: 1 }).lean();
  const videos = await videoModel(db).deleteMany({ ownerId: owner });
  for (const video of videoIds) deps.videosById.forget(video._id.toString());
  const apiKeys = await apiKeyModel(db).deleteMany({ userId });
  const auditEvents = await auditEventModel(db).deleteMany({ userId });
  const account = await userModel(db).deleteOne({ _id: owner });

  const ledgerHolder = ledgerPseudonym();
  const ledger = await creditLedgerModel(db).updateMany(
    { userId },
    { $set: { userId: ledgerHolder } },
  );

  return {
    userId,
    erasedAt: new Date().toISOString(),
    removed: {
      account: account.deletedCount,
      apiKeys: apiKeys.deletedCount,
      videos: videos.deletedCount,
      storedPdfs: storedPdfs.deletedCount,
      shares: removedShares.deletedCount,
      shareViews: shareViews.deletedCount,
      generations: removedGenerations.generations,
      files: removedGenerations.files,
      auditEvents: auditEvents.deletedCount,
    },
    kept: { ledgerEntries: ledger.modifiedCount, ledgerHolder },
  };
}
