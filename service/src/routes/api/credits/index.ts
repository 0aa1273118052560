import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreditGrantBody, CreditGrantResult, CreditSummary, ErrorBody } from '@scenra/contracts';
import { requireServiceToken } from '../../../lib/service-token.ts';
import { getBalance, grantCredits, recentEntries } from '../../../services/credits.ts';

const credits: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/',
    {
      onRequest: fastify.authenticate,
      schema: {
        tags: ['credits'],
        summary: 'My credits balance and recent history',
        security: [{ bearerAuth: [] }],
        response: { 200: CreditSummary, 401: ErrorBody },
      },
    },
    async (request) => {
      const userId = request.user.sub;
      const [balance, rows] = await Promise.all([
        getBalance(fastify.db, userId),
        recentEntries(fastify.db, userId),
      ]);
      return {
        balance,
        entries: rows.map((row) => ({
          seq: row.seq,
          opKey: row.opKey,
          delta: row.delta,
          balanceAfter: row.balanceAfter,
          at: row.at.toISOString(),
        })),
      };
    },
  );

  fastify.post(
    '/grants',
    {
      onRequest: requireServiceToken(fastify, 'Credit grants'),
      schema: {
        tags: ['credits'],
        summary: "Grant credits (the host product's billing, with the service token)",
        description:
          'Idempotent by `reference`: granting the same reference again adds nothing and answers 200 with `granted: false`.',
        security: [{ serviceToken: [] }],
        body: CreditGrantBody,
        response: {
          200: CreditGrantResult,
          201: CreditGrantResult,
          400: ErrorBody,
          401: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const { userId, credits: amount, reference } = request.body;
      const result = await grantCredits(fastify.db, userId, reference, amount);
      return reply
        .code(result.applied ? 201 : 200)
        .send({ userId, granted: result.applied, balance: result.balance });
    },
  );
};
export default credits;
