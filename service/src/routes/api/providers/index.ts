import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, ProviderCatalog } from '@scenra/contracts';

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
    async () => ({
      providers: fastify.providers
        .list()
        .map(({ baseURL: _url, protocol: _protocol, ...rest }) => ({
          ...rest,
          creditsAvailable:
            rest.status === 'active' && Boolean(fastify.config.platformProviderKeys[rest.id]),
        })),
    }),
  );
};
export default providers;
