import type { Connection } from 'mongoose';
import type { PublicShare } from '@scenra/contracts';
import { shareModel, type ShareDoc } from '../models/share.ts';
import { videoModel, type VideoDoc } from '../models/video.ts';

/** What a link shows the public besides its dates: stored with the link, read in one go. */
export type ShareSnapshot = Omit<PublicShare, 'sharedAt' | 'expiresAt'>;

/**
 * The public part of a video under a link's settings. A video does not change after it is
 * created, so this is computed when the link is made and again whenever its settings change.
 */
export function publicSnapshot(video: VideoDoc, includeSpecs: boolean): ShareSnapshot {
  const snapshot: ShareSnapshot = {
    title: video.title,
    platform: video.platform as ShareSnapshot['platform'],
    optimizedPrompt: video.optimizedPrompt,
  };
  if (includeSpecs) {
    snapshot.specs = Object.fromEntries(
      Object.entries(video.specs ?? {}).filter(([, v]) => v !== undefined && v !== null),
    ) as ShareSnapshot['specs'];
    snapshot.hashtags = [...video.hashtags];
  }
  return snapshot;
}

/**
 * Rewrites a link's stored snapshot for its current settings and drops this instance's cached
 * copy (other instances drop theirs within a second). Call after changing `includeSpecs` in
 * place when the update did not already `$set` `snapshot: publicSnapshot(video, includeSpecs)`.
 */
export async function refreshShareSnapshot(
  deps: { db: Connection; publicShares: { forget(id: string): void } },
  share: Pick<ShareDoc, '_id' | 'videoId' | 'ownerId' | 'includeSpecs'>,
): Promise<void> {
  const video = await videoModel(deps.db)
    .findOne({ _id: share.videoId, ownerId: share.ownerId })
    .lean<VideoDoc>();
  if (!video) return;
  await shareModel(deps.db).updateOne(
    { _id: share._id },
    { $set: { snapshot: publicSnapshot(video, share.includeSpecs) } },
  );
  deps.publicShares.forget(share._id.toString());
}
