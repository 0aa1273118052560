import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bearerKey,
  SANDBOX_SLOW_MS,
  sandboxBehaviour,
  sandboxRefusal,
} from '../../../providers/sandbox/behaviour.ts';

/**
 * The sandbox provider's `GET /models` (OpenAI protocol), which key checks call. It answers
 * by key (README "Sandbox provider"), so every provider answer can be tested offline.
 * Served only where the registry offers the sandbox: never in production.
 */
const models: FastifyPluginAsyncZod = async (fastify) => {
  const sandbox = fastify.providers.get('sandbox');
  if (!sandbox?.sandbox) return;

  fastify.get('/models', { schema: { hide: true } }, async (request, reply) => {
    const behaviour = sandboxBehaviour(bearerKey(request.headers.authorization));
    if (behaviour === 'slow') {
      // Hang until the caller gives up (its timeout) or the long delay passes.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, SANDBOX_SLOW_MS);
        reply.raw.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (reply.raw.destroyed) return reply;
    }
    const refusal = sandboxRefusal(behaviour);
    if (refusal) return reply.code(refusal.status).headers(refusal.headers).send(refusal.body);
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
