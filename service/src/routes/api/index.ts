import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const api: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());
};
export default api;
