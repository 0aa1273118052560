import type { FastifyInstance } from 'fastify';
import { notFound } from '../lib/errors.ts';
import { videoModel, type VideoDoc } from '../models/video.ts';

const objectId = /^[a-f0-9]{24}$/;

/**
 * The caller's video, or 404 — the same answer whether it does not exist or belongs to
 * someone else, so ids cannot be probed.
 */
export async function findOwnedVideo(
  fastify: FastifyInstance,
  userId: string,
  videoId: string,
): Promise<VideoDoc> {
  // Tokens from the host carry any string as `sub`; one that is not an id owns nothing.
  if (!objectId.test(userId)) throw notFound('Video');
  const doc = await videoModel(fastify.db)
    .findOne({ _id: videoId, ownerId: userId })
    .lean<VideoDoc>();
  if (!doc) throw notFound('Video');
  return doc;
}
