import fp from 'fastify-plugin';
import { gridFsStorage } from '../../storage/gridfs.ts';
import type { FileStorage } from '../../storage/port.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where generated videos are kept (GridFS on this app's database). */
    storage: FileStorage;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('storage', gridFsStorage(fastify.db));
  },
  { name: 'storage', dependencies: ['db'] },
);
