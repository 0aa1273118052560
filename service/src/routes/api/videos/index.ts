import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Platform } from '@scenra/contracts';
import { CreateVideoBody, ErrorBody, IdParams, Video, VideoList } from '@scenra/contracts';
import { AppError } from '../../../lib/errors.ts';
import { toVideo, videoModel, type VideoDoc } from '../../../models/video.ts';
import { findOwnedVideo } from '../../../services/owned-video.ts';
import { deleteVideo } from '../../../services/video-deletion.ts';

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
      return toVideo(await findOwnedVideo(fastify, request.user.sub, request.params.id));
    },
  );

  fastify.delete(
    '/:id',
    {
      schema: {
        tags: ['videos'],
        summary:
          'Delete one of my videos: its share link stops working, its generated files are removed',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: {
          204: z.null(),
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await deleteVideo(fastify, request.user.sub, request.params.id, request.id);
      return reply.code(204).send(null);
    },
  );

  // The host saves a brief and the roundtable's result here, then opens the ready dashboard
  // on the returned id. Fields are bounded by the contract, the body by BODY_LIMIT (413).
  fastify.post(
    '/',
    {
      schema: {
        tags: ['videos'],
        summary: 'Create a video from a brief and the roundtable result',
        security: [{ bearerAuth: [] }],
        body: CreateVideoBody,
        response: {
          201: Video,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          413: ErrorBody,
          429: ErrorBody,
        },
      },
      config: {
        rateLimit: {
          max: 60,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) => request.user.sub,
        },
      },
    },
    async (request, reply) => {
      if (!/^[a-f0-9]{24}$/.test(request.user.sub))
        throw new AppError(
          403,
          'forbidden',
          'This account cannot save videos: its user id is not recognised.',
        );
      const doc = await Video_.create({ ...request.body, ownerId: request.user.sub });
      const video = toVideo(doc.toObject() as VideoDoc);
      reply.code(201).header('location', `/api/videos/${video.id}`);
      return video;
    },
  );
};
export default videos;
