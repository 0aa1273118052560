import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BYOK_GENERATIONS_PER_HOUR,
  ErrorBody,
  Generation,
  IdParams,
  StartGenerationBody,
  StartGenerationHeaders,
} from '@scenra/contracts';
import { perUserLimit } from '../../../../lib/rate-limits.ts';
import { toGeneration } from '../../../../models/generation.ts';
import { startGeneration } from '../../../../services/generations/start.ts';

const generations: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.post(
    '/generations',
    {
      schema: {
        tags: ['generations'],
        summary: 'Start generating this video with a provider',
        description:
          'Send one `Idempotency-Key` per click: retries and double clicks with the same key return the same generation and debit once. BYOK generations are limited to 20 per hour per user.',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        headers: StartGenerationHeaders,
        body: StartGenerationBody,
        response: {
          202: Generation,
          400: ErrorBody,
          401: ErrorBody,
          402: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
          502: ErrorBody,
          503: ErrorBody,
        },
      },
      config: {
        // Only generations on the user's own key count; credits have their own limit: the balance.
        rateLimit: perUserLimit('byok_generations', BYOK_GENERATIONS_PER_HOUR, '1 hour', {
          allowList: (request) =>
            (request.body as { billing?: string } | undefined)?.billing !== 'byok',
        }),
      },
    },
    async (request, reply) => {
      const { generation, replayed } = await startGeneration(
        fastify,
        { userId: request.user.sub, tier: request.user.tier, requestId: request.id },
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply
        .code(202)
        .header('location', `/api/generations/${generation._id.toString()}`)
        .send(toGeneration(generation));
    },
  );
};
export default generations;
