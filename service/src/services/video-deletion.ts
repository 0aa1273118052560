import type { Connection } from 'mongoose';
import { AppError } from '../lib/errors.ts';
import { generationCopyModel } from '../models/generation-copy.ts';
import { generationRefreshModel } from '../models/generation-refresh.ts';
import { generationModel, type GenerationDoc } from '../models/generation.ts';
import { videoPdfModel } from '../models/video-pdf.ts';
import { videoModel } from '../models/video.ts';
import type { FileStorage } from '../storage/port.ts';
import { audit } from './audit.ts';
import { findOwnedVideo } from './owned-video.ts';
import { revokeVideoShares, type ShareDeps } from './shares.ts';

export interface VideoDeletion {
  linksRevoked: number;
  generations: number;
  files: number;
}

/**
 * Removes the stored files of the given generations (every copy attempt's file, so a partial
 * one goes too) and the generations' rows with their copy and refresh claims.
 */
export async function removeGenerations(
  deps: { db: Connection; storage: FileStorage },
  generations: Array<Pick<GenerationDoc, '_id' | 'contentFileId'>>,
): Promise<{ generations: number; files: number }> {
  const ids = generations.map((g) => g._id);
  if (!ids.length) return { generations: 0, files: 0 };
  const copies = await generationCopyModel(deps.db)
    .find({ generationId: { $in: ids } })
    .select({ fileId: 1 })
    .lean();
  const fileIds = new Set([
    ...generations.flatMap((g) => (g.contentFileId ? [g.contentFileId.toString()] : [])),
    ...copies.map((c) => c.fileId.toString()),
  ]);
  for (const fileId of fileIds) await deps.storage.remove(fileId);
  await generationCopyModel(deps.db).deleteMany({ generationId: { $in: ids } });
  await generationRefreshModel(deps.db).deleteMany({ generationId: { $in: ids } });
  await generationModel(deps.db).deleteMany({ _id: { $in: ids } });
  return { generations: ids.length, files: fileIds.size };
}

/**
 * `DELETE /api/videos/:id`: the video, its stored PDF, its generations and their files go; its
 * live share link is revoked (the page answers 404 at once); an audit row records it. A video
 * with a generation still rendering is refused (409): its credits settle when it ends.
 */
export async function deleteVideo(
  deps: ShareDeps & { storage: FileStorage },
  userId: string,
  videoId: string,
  requestId: string,
): Promise<VideoDeletion> {
  const video = await findOwnedVideo(deps, userId, videoId);
  const generations = await generationModel(deps.db)
    .find({ userId, videoId: video._id })
    .select({ status: 1, contentFileId: 1 })
    .lean<Array<Pick<GenerationDoc, '_id' | 'status' | 'contentFileId'>>>();
  if (generations.some((g) => g.status === 'queued' || g.status === 'in_progress')) {
    throw new AppError(
      409,
      'generation_active',
      'A video of this prompt is still being generated. Delete it once the generation has finished.',
    );
  }
  const linksRevoked = await revokeVideoShares(deps, videoId, new Date());
  const removed = await removeGenerations(deps, generations);
  await videoPdfModel(deps.db).deleteOne({ _id: video._id });
  await videoModel(deps.db).deleteOne({ _id: video._id });
  // This instance stops serving it at once; others within the cache's second.
  deps.videosById.forget(videoId);
  await audit(deps, {
    userId,
    action: 'video.deleted',
    requestId,
    outcome: `video:${videoId} links:${linksRevoked} files:${removed.files}`,
  });
  return { linksRevoked, ...removed };
}
