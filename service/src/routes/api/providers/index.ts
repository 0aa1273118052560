import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, ProviderCatalog } from '@scenra/contracts';
import { providerOffers } from '../../../providers/offers.ts';

/**
 * The video providers offered here, with their models, accepted lengths and sizes, and
 * prices (contracts' estimateUsd/estimateCredits turn them into a generation's estimate).
 */
const providers: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/',
    {
      schema: {
        tags: ['generations'],
        summary: 'Video providers, models, allowed seconds and sizes, and prices',
        security: [{ bearerAuth: [] }],
        response: { 200: ProviderCatalog, 401: ErrorBody },
      },
    },
    async () => ({ providers: providerOffers(fastify) }),
  );
};
export default providers;
