import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { admit } from '../../../providers/sandbox/admission.ts';

/**
 * The sandbox provider's `GET /models` (OpenAI protocol), which key checks call. It answers
 * by key (README "Sandbox provider"), so every provider answer can be tested offline.
 * Served only where the registry offers the sandbox: never in production.
 */
const models: FastifyPluginAsyncZod = async (fastify) => {
  const sandbox = fastify.providers.get('sandbox');
  if (!sandbox?.sandbox) return;

  fastify.get('/models', { schema: { hide: true } }, async (request, reply) => {
    if (!(await admit(request, reply))) return reply;
    return {
      object: 'list',
      data: sandbox.models.map((model) => ({
        id: model.id,
        object: 'model',
        created: 1_790_000_000,
        owned_by: 'scenra-sandbox',
      })),
    };
  });
};
export default models;
