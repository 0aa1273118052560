import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';
import { PdfRenderPool } from '../../export/pdf/pool.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Renders PDF exports off the event loop (bounded threads and queue). */
    pdfRenderer: PdfRenderPool;
  }
}

export default fp<AppOptions>(
  async (fastify, { config }) => {
    const pool = new PdfRenderPool(config.pdf);
    fastify.decorate('pdfRenderer', pool);
    fastify.addHook('onClose', async () => pool.close());
  },
  { name: 'pdf-renderer' },
);
