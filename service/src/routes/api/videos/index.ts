import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams, Platform, Video } from '@scenra/contracts';
import { notFound } from '../../../lib/errors.ts';
import { toVideo, videoModel, type VideoDoc } from '../../../models/video.ts';

export const VideoListItem = z.object({
  id: z.string(),
  title: z.string(),
  platform: Platform,
  createdAt: z.iso.datetime(),
  synthesisComplete: z.boolean(),
});
export const VideoList = z.object({ videos: z.array(VideoListItem) });

const videos: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const Video_ = videoModel(fastify.db);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['videos'],
        summary: 'My videos, newest first',
        security: [{ bearerAuth: [] }],
        response: { 200: VideoList, 401: ErrorBody },
      },
    },
    async (request) => {
      const docs = await Video_.find({ ownerId: request.user.sub })
        .select({ title: 1, platform: 1, createdAt: 1, 'roundtable.synthesisComplete': 1 })
        .sort({ createdAt: -1 })
        .limit(100)
        .lean();
      return {
        videos: docs.map((doc) => ({
          id: doc._id.toString(),
          title: doc.title,
          platform: doc.platform as z.infer<typeof Platform>,
          createdAt: doc.createdAt.toISOString(),
          synthesisComplete: doc.roundtable?.synthesisComplete ?? false,
        })),
      };
    },
  );

  fastify.get(
    '/:id',
    {
      schema: {
        tags: ['videos'],
        summary: "The ready dashboard's data for one of my videos",
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: { 200: Video, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const doc = await Video_.findOne({
        _id: request.params.id,
        ownerId: request.user.sub,
      }).lean<VideoDoc>();
      if (!doc) throw notFound('Video');
      return toVideo(doc);
    },
  );
};
export default videos;
