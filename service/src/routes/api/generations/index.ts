import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErrorBody,
  Generation,
  GenerationList,
  GenerationListQuery,
  IdParams,
} from '@scenra/contracts';
import { AppError } from '../../../lib/errors.ts';
import { generationModel, toGeneration, type GenerationDoc } from '../../../models/generation.ts';
import { findOwnGeneration, refreshGeneration } from '../../../services/generations/refresh.ts';
import { parseRange } from '../../../storage/range.ts';

/** Status reads a user may make a minute, over all their generations (the dashboard polls every few seconds). */
export const POLLS_PER_MINUTE = 240;

/** The file itself (video/mp4), streamed, never serialized. */
const VideoBytes = z.unknown().describe('The video file (video/mp4).');

const notReady = () =>
  new AppError(
    409,
    'generation_not_ready',
    'This video is not ready yet. Check its progress first.',
  );

const generations: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['generations'],
        summary: 'My most recent generations, newest first (optionally of one video)',
        security: [{ bearerAuth: [] }],
        querystring: GenerationListQuery,
        response: { 200: GenerationList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => {
      const docs = await generationModel(fastify.db)
        .find({
          userId: request.user.sub,
          ...(request.query.videoId ? { videoId: request.query.videoId } : {}),
        })
        .sort({ createdAt: -1 })
        .limit(20)
        .lean<GenerationDoc[]>();
      return { generations: docs.map(toGeneration) };
    },
  );

  fastify.get(
    '/:id',
    {
      schema: {
        tags: ['generations'],
        summary: 'Status and progress of one of my generations (refreshed from the provider)',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: {
          200: Generation,
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          429: ErrorBody,
        },
      },
      config: {
        rateLimit: {
          max: POLLS_PER_MINUTE,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) => `poll:${request.user.sub}`,
        },
      },
    },
    async (request) => {
      const doc = await findOwnGeneration(fastify, request.user.sub, request.params.id);
      return toGeneration(await refreshGeneration(fastify, doc, request.id));
    },
  );

  fastify.get(
    '/:id/content',
    {
      schema: {
        tags: ['generations'],
        summary: 'The finished video file (supports HTTP Range, so a <video> element can seek)',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        response: {
          200: VideoBytes,
          206: VideoBytes,
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          416: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const doc = await findOwnGeneration(fastify, request.user.sub, request.params.id);
      if (doc.status !== 'completed' || !doc.contentFileId) throw notReady();
      const fileId = doc.contentFileId.toString();
      const file = await fastify.storage.stat(fileId);
      if (!file) throw notReady();
      const range = parseRange(request.headers.range, file.length);
      reply
        .header('accept-ranges', 'bytes')
        .header('cache-control', 'private, max-age=3600')
        .header('etag', `"${fileId}"`)
        .header('content-disposition', `inline; filename="scenra-${doc._id.toString()}.mp4"`)
        .type(file.contentType);
      if (range === 'unsatisfiable') {
        throw new AppError(416, 'range_not_satisfiable', `The file has ${file.length} bytes.`, {
          headers: { 'content-range': `bytes */${file.length}` },
        });
      }
      if (!range) {
        reply.header('content-length', file.length);
        return reply.send(fastify.storage.read(fileId));
      }
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${file.length}`)
        .header('content-length', range.end - range.start + 1)
        .send(fastify.storage.read(fileId, range));
    },
  );
};
export default generations;
