import fp from 'fastify-plugin';
import type { PublicLink } from '../../services/shares.ts';
import { PublicShareCache } from '../../services/public-share-cache.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Public links recently read, by share id, each kept ≤ 1 s: the public share routes read
     * the database about once a second per link, and a revocation on any instance is in
     * force everywhere within that second.
     */
    publicShares: PublicShareCache<PublicLink | null>;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('publicShares', new PublicShareCache<PublicLink | null>());
  },
  { name: 'public-shares' },
);
