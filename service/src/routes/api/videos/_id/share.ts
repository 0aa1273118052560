import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateShareBody, ErrorBody, IdParams, ShareResult } from '@scenra/contracts';
import { createShare, revokeShare, toShareResult } from '../../../../services/shares.ts';

/** `POST|DELETE /api/videos/:id/share`: the video's one public link (DESIGN.md "Share privacy"). */
const share: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];

  fastify.post(
    '/share',
    {
      schema: {
        tags: ['shares'],
        summary: 'Get the active share link of my video, or make one',
        description:
          'Returns the active link (200) unless `rotate` is true; otherwise makes a new one (201). Free accounts can make 10 links a day.',
        security,
        params: IdParams,
        body: CreateShareBody,
        response: {
          200: ShareResult,
          201: ShareResult,
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
      // No body at all means the defaults: prompt + specs + hashtags, never expires.
      preValidation: async (request) => {
        request.body ??= {} as typeof request.body;
      },
    },
    async (request, reply) => {
      const result = await createShare(fastify, {
        userId: request.user.sub,
        tier: request.user.tier,
        videoId: request.params.id,
        includeSpecs: request.body.includeSpecs,
        expiresInDays: request.body.expiresInDays,
        rotate: request.body.rotate,
        requestId: request.id,
      });
      // The body carries the token: keep it out of every cache.
      reply.code(result.created ? 201 : 200).header('cache-control', 'no-store');
      return toShareResult(fastify.config.publicUrl, result);
    },
  );

  fastify.delete(
    '/share',
    {
      schema: {
        tags: ['shares'],
        summary: "Revoke my video's share link (its page answers 404 from the next request)",
        security,
        params: IdParams,
        response: { 204: z.null(), 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await revokeShare(fastify, request.user.sub, request.params.id, request.id);
      return reply.code(204).send(null);
    },
  );
};
export default share;
