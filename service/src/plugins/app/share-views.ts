import fp from 'fastify-plugin';
import { ShareViewCounter } from '../../services/share-views.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's one share-view counter: the public JSON and the share page record into it. */
    shareViews: ShareViewCounter;
  }
}

/** One counter per app, so its batching is whole; what it still holds is written on close. */
export default fp(
  async (fastify) => {
    const counter = new ShareViewCounter({ db: fastify.db, log: fastify.log });
    fastify.decorate('shareViews', counter);
    fastify.addHook('onClose', async () => counter.flush());
  },
  { name: 'share-views', dependencies: ['db'] },
);
