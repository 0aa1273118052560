import type { Connection } from 'mongoose';
import { notFound } from '../lib/errors.ts';
import type { ShortLivedCache } from '../lib/short-lived-cache.ts';
import { videoModel, type VideoDoc } from '../models/video.ts';

const objectId = /^[a-f0-9]{24}$/;

/** What reading a video needs: the database, behind the app's one-second cache of videos. */
export interface VideoReadDeps {
  db: Connection;
  videosById: ShortLivedCache<VideoDoc | null>;
}

/**
 * A video by id, through the app's short-lived cache: a video does not change once created,
 * so a burst of reads (the dashboard, its exports, a share) costs one database read. The read
 * is by `_id` alone, which FerretDB serves from storage; callers check the owner.
 */
export function readVideo(
  { db, videosById }: VideoReadDeps,
  videoId: string,
): Promise<VideoDoc | null> {
  return videosById.get(videoId, () =>
    videoModel(db).findOne({ _id: videoId }).lean<VideoDoc>().exec(),
  );
}

/**
 * The caller's video, or 404 — the same answer whether it does not exist or belongs to
 * someone else, so ids cannot be probed.
 */
export async function findOwnedVideo(
  deps: VideoReadDeps,
  userId: string,
  videoId: string,
): Promise<VideoDoc> {
  // Tokens from the host carry any string as `sub`; one that is not an id owns nothing.
  if (!objectId.test(userId)) throw notFound('Video');
  const doc = await readVideo(deps, videoId);
  if (!doc || doc.ownerId.toString() !== userId) throw notFound('Video');
  return doc;
}
