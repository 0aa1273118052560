import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, ShareList } from '@scenra/contracts';
import { listShares } from '../../../../services/shares.ts';

/** `GET /api/user/shares`: every link I made, with its status and views, to manage in settings. */
const myShares: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['shares'],
        summary: 'My share links, newest first, with view counts',
        security: [{ bearerAuth: [] }],
        response: { 200: ShareList, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      // Active links carry their token in the URL.
      reply.header('cache-control', 'no-store');
      return { shares: await listShares(fastify, request.user.sub) };
    },
  );
};
export default myShares;
