import fp from 'fastify-plugin';
import { ShortLivedCache } from '../../lib/short-lived-cache.ts';
import type { VideoDoc } from '../../models/video.ts';
import type { PublicLink } from '../../services/shares.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Public links recently read, by share id, each kept ≤ 1 s: the public share routes read
     * the database about once a second per link, and a revocation on any instance is in
     * force everywhere within that second. Whoever changes a link forgets its entry.
     */
    publicShares: ShortLivedCache<PublicLink | null>;
    /**
     * Videos recently read, by id, each kept ≤ 1 s. A video does not change after it is
     * created; whoever deletes one forgets its entry, and other instances within the second.
     */
    videosById: ShortLivedCache<VideoDoc | null>;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('publicShares', new ShortLivedCache<PublicLink | null>());
    fastify.decorate('videosById', new ShortLivedCache<VideoDoc | null>());
  },
  { name: 'read-caches' },
);
