import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, ShareTokenParams } from '@scenra/contracts';
import { memoOn } from '../../lib/memo.ts';
import {
  openPublicShare,
  shareUrl,
  toPublicShare,
  type PublicLink,
} from '../../services/shares.ts';
import { etagOf, isNotModified } from '../../views/html.ts';
import { publicNotFoundHeaders, publicShareHeaders } from '../../views/public-headers.ts';
import { renderShareNotFoundPage, renderSharePage, sharePageCsp } from '../../views/share-page.ts';
import { renderShareImage, shareImageKey } from '../../views/share-image.ts';

const pageHeaders = {
  'content-security-policy': sharePageCsp,
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'content-type': 'text/html; charset=utf-8',
};

/** Each cached link's page and ETag, rendered once per database read of the link. */
const rendered = new WeakMap<PublicLink, { html: string; etag: string }>();

const htmlPage = (description: string) => ({
  description,
  content: { 'text/html': { schema: z.string() } },
});

/**
 * `GET /share/:token`: the public share page, rendered here so it works without JavaScript
 * and shows a preview in chat apps. Unknown, revoked and expired links get the same 404 page.
 */
const sharePage: FastifyPluginAsyncZod = async (fastify) => {
  const { appUrl, publicUrl } = fastify.config;

  fastify.get(
    '/:token',
    {
      schema: {
        tags: ['shares'],
        summary: 'The public share page (HTML, noindex)',
        params: ShareTokenParams,
        response: {
          200: htmlPage('The share page'),
          304: z.null().describe('Not modified (If-None-Match matched the ETag)'),
          400: ErrorBody,
          404: htmlPage('The "link not available" page: unknown, revoked or expired'),
        },
      },
      // The token is in the URL and opens the link: keep it out of the access log.
      logLevel: 'warn',
    },
    async (request, reply) => {
      const { token } = request.params;
      const opened = await openPublicShare(fastify, token);
      if (!opened) {
        return reply
          .code(404)
          .headers({ ...publicNotFoundHeaders, ...pageHeaders })
          .send(renderShareNotFoundPage(appUrl));
      }
      if (request.method === 'GET') fastify.shareViews.record(opened._id.toString());
      const { html, etag } = memoOn(rendered, opened, () => {
        const page = renderSharePage({
          view: toPublicShare(opened),
          pageUrl: shareUrl(publicUrl, token),
          imageUrl: `${shareUrl(publicUrl, token)}/image.png`,
          appUrl,
        });
        return { html: page, etag: etagOf(page) };
      });
      reply.headers({ ...publicShareHeaders, ...pageHeaders, etag });
      if (isNotModified(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      return reply.send(html);
    },
  );

  /**
   * `GET /share/:token/image.png`: the link preview (og:image) of the page: its title and
   * platform on the brand background, nothing about the owner. Cached for ten minutes by
   * browsers and chat apps, revalidated by ETag; a revoked or expired link's image is gone
   * with it (404) once that time has passed.
   */
  fastify.get(
    '/:token/image.png',
    {
      schema: {
        tags: ['shares'],
        summary: 'The link-preview image of a public share page (PNG, 1200×630)',
        params: ShareTokenParams,
        response: {
          200: {
            description: 'The preview image',
            content: { 'image/png': { schema: z.string().meta({ format: 'binary' }) } },
          },
          304: z.null().describe('Not modified (If-None-Match matched the ETag)'),
          400: ErrorBody,
          404: ErrorBody,
        },
      },
      logLevel: 'warn',
    },
    async (request, reply) => {
      const opened = await openPublicShare(fastify, request.params.token);
      if (!opened) {
        return reply
          .code(404)
          .headers(publicNotFoundHeaders)
          .send({ error: { code: 'not_found', message: 'This share link is not available.' } });
      }
      const view = toPublicShare(opened);
      const etag = `"${shareImageKey(view)}"`;
      reply.headers({ ...publicShareHeaders, 'cache-control': 'public, max-age=600', etag });
      if (isNotModified(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      const png = await renderShareImage(view);
      return reply.type('image/png').send(png as never);
    },
  );
};
export default sharePage;
