import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';

/** The host page (and the remote running inside it) call the API from another origin. */
export default fp<AppOptions>(
  async (fastify, { config }) => {
    await fastify.register(cors, {
      origin: config.corsOrigins.length ? config.corsOrigins : false,
      methods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
      exposedHeaders: ['content-disposition', 'retry-after', 'x-request-id'],
      maxAge: 600,
    });
  },
  { name: 'cors' },
);
