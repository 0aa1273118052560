import type { FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorBody } from '@scenra/contracts';

type DocumentedSchema = FastifySchema & { hide?: boolean; response?: Record<string, unknown> };

/**
 * Answers any documented route can give whatever it does, added to each route's `response`
 * so the OpenAPI document tells the truth without every route repeating them: 503 when the
 * database is down, and for routes with a body 413 (too large) and 415 (not JSON). All
 * leave through the one error handler as `ErrorBody`.
 */
export default fp(
  async (fastify) => {
    fastify.addHook('onRoute', (route) => {
      const schema = route.schema as DocumentedSchema | undefined;
      if (!schema?.response || schema.hide) return;
      const add = (status: number) => {
        schema.response![status] ??= ErrorBody;
      };
      add(503);
      if (schema.body) {
        add(413);
        add(415);
      }
    });
  },
  { name: 'error-responses' },
);
