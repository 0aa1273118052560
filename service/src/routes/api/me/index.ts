import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, MeResult } from '@scenra/contracts';
import { userModel } from '../../../models/user.ts';
import { listKeys } from '../../../services/api-keys.ts';
import { getBalance } from '../../../services/credits.ts';
import { providerOffers } from '../../../providers/offers.ts';

/**
 * `GET /api/me`: in one call, what the dashboard needs to decide what "Generate" does — who
 * I am, my tier (the token's, which the host keeps current), my credits, my keys (masked)
 * and the providers I can generate with.
 */
const me: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['me'],
        summary: 'Me: user, tier, credits balance, keys (masked) and providers',
        security: [{ bearerAuth: [] }],
        response: { 200: MeResult, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const { sub, tier } = request.user;
      const isStoredId = /^[a-f0-9]{24}$/.test(sub);
      const [user, balance, keys] = await Promise.all([
        isStoredId ? userModel(fastify.db).findById(sub).lean() : null,
        getBalance(fastify.db, sub),
        listKeys(fastify, sub, request.id),
      ]);
      reply.header('cache-control', 'private, no-store');
      return {
        // The host owns accounts; a user it has not told us about still gets a working dashboard.
        user: {
          id: sub,
          displayName: user?.displayName ?? 'Scenra user',
          email: user?.email ?? '',
          tier,
        },
        credits: { balance },
        keys,
        providers: providerOffers(fastify),
      };
    },
  );
};
export default me;
