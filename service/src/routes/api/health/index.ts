import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, HealthResult } from '@scenra/contracts';
import { isDatabaseUp } from '../../../plugins/app/db.ts';

const started = Date.now();

const health: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database readiness',
        response: { 200: HealthResult, 503: ErrorBody },
      },
    },
    async (_request, reply) => {
      const uptimeSec = Math.round((Date.now() - started) / 1000);
      if (await isDatabaseUp(fastify.db))
        return { status: 'ok' as const, database: 'up' as const, uptimeSec };
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({
          error: {
            code: 'database_unavailable',
            message: 'The database is unavailable. Try again shortly.',
            details: { database: 'down', uptimeSec },
          },
        });
    },
  );
};
export default health;
