import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErasureBody, ErasureReport, ErrorBody } from '@scenra/contracts';
import { requireServiceToken } from '../../../../lib/service-token.ts';
import { eraseUser } from '../../../../services/erasure.ts';

/**
 * `POST /api/admin/erasures`: the host product erases one user's data here when the user
 * deletes their account (right to erasure). Service token only; never callable by users.
 */
const erasures: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/',
    {
      onRequest: requireServiceToken(fastify, 'Erasures'),
      schema: {
        tags: ['admin'],
        summary: "Erase everything of one user (the host product's account deletion)",
        description:
          'Removes the account, keys, videos, stored PDFs, share links and views, generations and their files, and audit events; keeps the credit ledger under a pseudonym, as bookkeeping law requires. Idempotent.',
        security: [{ serviceToken: [] }],
        body: ErasureBody,
        response: { 200: ErasureReport, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => {
      const report = await eraseUser(fastify, request.body.userId);
      request.log.info({ removed: report.removed, kept: report.kept.ledgerEntries }, 'user erased');
      return report;
    },
  );
};
export default erasures;
