import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErrorBody,
  ExportQuery,
  IdParams,
  toVideoExport,
  VideoExportV1,
  videoToMarkdown,
} from '@scenra/contracts';
import { z } from 'zod';
import { attachmentDisposition } from '../../../../export/content-disposition.ts';
import { toVideo } from '../../../../models/video.ts';
import { findOwnedVideo } from '../../../../services/owned-video.ts';
import { videoPdf } from '../../../../services/video-pdf.ts';

/** Exports a user may download a minute (each format counts). */
export const EXPORTS_PER_MINUTE = 30;

const contentTypes = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** `GET /api/videos/:id/export?format=json|md|pdf`: a download of my video's prompt. */
const exportVideo: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get(
    '/export',
    {
      schema: {
        tags: ['videos'],
        summary: 'Download my video as JSON (versioned schema), Markdown or PDF',
        security: [{ bearerAuth: [] }],
        params: IdParams,
        querystring: ExportQuery,
        produces: Object.values(contentTypes),
        response: {
          200: {
            description: 'The file, as an attachment',
            content: {
              'application/json': { schema: VideoExportV1 },
              'text/markdown': { schema: z.string() },
              'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
            },
          },
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
          429: ErrorBody,
          503: ErrorBody,
        },
      },
      config: {
        rateLimit: {
          max: EXPORTS_PER_MINUTE,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) => `export:${request.user.sub}`,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const doc = await findOwnedVideo(fastify, request.user.sub, request.params.id);
      const video = toVideo(doc);
      const body =
        format === 'json'
          ? `${JSON.stringify(toVideoExport(video, new Date()), null, 2)}\n`
          : format === 'md'
            ? videoToMarkdown(video)
            : await videoPdf(fastify, doc);
      return (
        reply
          .header('content-type', contentTypes[format])
          .header('content-disposition', attachmentDisposition(video.title, format))
          .header('cache-control', 'private, no-store')
          .header('x-content-type-options', 'nosniff')
          // Already a file (string or PDF bytes): sent as is, not run through a serializer.
          .send(body as never)
      );
    },
  );
};
export default exportVideo;
