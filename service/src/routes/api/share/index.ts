import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, PublicShare, ShareTokenParams } from '@scenra/contracts';
import { AppError } from '../../../lib/errors.ts';
import { memoOn } from '../../../lib/memo.ts';
import { openPublicShare, toPublicShare, type PublicLink } from '../../../services/shares.ts';
import { etagOf, isNotModified } from '../../../views/html.ts';
import { publicNotFoundHeaders, publicShareHeaders } from '../../../views/public-headers.ts';

/** Each cached link's body and ETag, made once per database read of the link. */
const serialized = new WeakMap<PublicLink, { body: string; etag: string }>();

/** `GET /api/share/:token`: the public, read-only view of a shared prompt, as JSON. No sign-in. */
const publicShare: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/:token',
    {
      schema: {
        tags: ['shares'],
        summary: 'A shared prompt (public; no owner identity, keys or costs)',
        params: ShareTokenParams,
        response: { 200: PublicShare, 304: z.null(), 400: ErrorBody, 404: ErrorBody },
      },
      // The token is in the URL and opens the link: keep it out of the access log.
      logLevel: 'warn',
    },
    async (request, reply) => {
      const opened = await openPublicShare(fastify, request.params.token);
      if (!opened) {
        throw new AppError(
          404,
          'not_found',
          'This share link does not exist, was revoked or has expired.',
          {
            headers: publicNotFoundHeaders,
          },
        );
      }
      if (request.method === 'GET') fastify.shareViews.record(opened._id.toString());
      const { body, etag } = memoOn(serialized, opened, () => {
        const json = JSON.stringify(toPublicShare(opened));
        return { body: json, etag: etagOf(json) };
      });
      reply.headers(publicShareHeaders).header('etag', etag);
      if (isNotModified(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      // Already serialized (the ETag is its hash): a string with a JSON type is sent as is,
      // not run through the response schema's serializer again.
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );
};
export default publicShare;
