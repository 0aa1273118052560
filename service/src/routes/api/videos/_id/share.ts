import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActiveShare,
  CreateShareBody,
  ErrorBody,
  IdParams,
  ShareLink,
  ShareResult,
  UpdateShareBody,
} from '@scenra/contracts';
import {
  createShare,
  getActiveShare,
  revokeShare,
  shareViews,
  toShareResult,
  updateShare,
} from '../../../../services/shares.ts';

/** `GET|POST|PATCH|DELETE /api/videos/:id/share`: the video's one public link (DESIGN.md "Share privacy"). */
const share: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];

  fastify.get(
    '/share',
    {
      schema: {
        tags: ['shares'],
        summary: 'The active share link of my video, or null',
        security,
        params: IdParams,
        response: { 200: ActiveShare, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { share: await getActiveShare(fastify, request.user.sub, request.params.id) };
    },
  );

  fastify.post(
    '/share',
    {
      schema: {
        tags: ['shares'],
        summary: 'Get the active share link of my video, or make one',
        description:
          'Returns the active link (200) when it has the requested settings, and refuses with 409 `share_settings_differ` (naming each difference) when it has others: change it with PATCH (same URL) or ask again with `rotate` for a new URL (the old one stops working). Without an active link, or with `rotate`, makes one (201). Free accounts can make 10 links a day.',
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
        ...request.body,
        userId: request.user.sub,
        tier: request.user.tier,
        videoId: request.params.id,
        requestId: request.id,
      });
      // The body carries the token: keep it out of every cache.
      reply.code(result.created ? 201 : 200).header('cache-control', 'no-store');
      return toShareResult(fastify.config.publicUrl, result, await shareViews(fastify, result.doc));
    },
  );

  fastify.patch(
    '/share',
    {
      schema: {
        tags: ['shares'],
        summary: "Change what my video's active link shows and when it expires (same URL)",
        security,
        params: IdParams,
        body: UpdateShareBody,
        response: { 200: ShareLink, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const updated = await updateShare(fastify, {
        ...request.body,
        userId: request.user.sub,
        videoId: request.params.id,
        requestId: request.id,
      });
      reply.header('cache-control', 'no-store');
      return updated;
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
