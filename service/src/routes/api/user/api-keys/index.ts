import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiKeyAuditList,
  ApiKeyList,
  CreateApiKeyBody,
  CreateApiKeyResult,
  ErrorBody,
  IdParams,
  KEY_ADDS_PER_MINUTE,
  KEY_CHECKS_PER_MINUTE,
  ValidateApiKeyResult,
} from '@scenra/contracts';
import { perUserLimit } from '../../../../lib/rate-limits.ts';
import {
  createKey,
  deleteKey,
  keyAudit,
  listKeys,
  validateKey,
} from '../../../../services/api-keys.ts';

/**
 * The user's provider API keys (DESIGN.md "Key vault"). Bodies of these routes are never
 * logged, and no response carries more of a key than its last four characters.
 */
const apiKeys: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const security = [{ bearerAuth: [] }];

  fastify.get(
    '/',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'My API keys, masked',
        security,
        response: { 200: ApiKeyList, 401: ErrorBody },
      },
    },
    async (request) => ({ keys: await listKeys(fastify, request.user.sub, request.id) }),
  );

  fastify.post(
    '/',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Add a key (checked with the provider first)',
        security,
        body: CreateApiKeyBody,
        response: {
          201: CreateApiKeyResult,
          400: ErrorBody,
          401: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
      config: {
        rateLimit: perUserLimit('key_adds', KEY_ADDS_PER_MINUTE, '1 minute'),
      },
    },
    async (request, reply) => {
      const created = await createKey(fastify, request.user.sub, request.body, request.id);
      return reply.code(201).send(created);
    },
  );

  fastify.delete(
    '/:id',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Remove a key',
        security,
        params: IdParams,
        response: { 204: z.null(), 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await deleteKey(fastify, request.user.sub, request.params.id, request.id);
      return reply.code(204).send(null);
    },
  );

  fastify.post(
    '/:id/validate',
    {
      schema: {
        tags: ['api-keys'],
        summary: 'Check a key with its provider now (5 per minute)',
        security,
        params: IdParams,
        response: {
          200: ValidateApiKeyResult,
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
      config: {
        rateLimit: perUserLimit('key_checks', KEY_CHECKS_PER_MINUTE, '1 minute'),
      },
    },
    async (request) => validateKey(fastify, request.user.sub, request.params.id, request.id),
  );

  fastify.get(
    '/:id/audit',
    {
      schema: {
        tags: ['api-keys'],
        summary: "A key's recent events (added, checked, used, …)",
        security,
        params: IdParams,
        response: { 200: ApiKeyAuditList, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => keyAudit(fastify, request.user.sub, request.params.id),
  );
};
export default apiKeys;
