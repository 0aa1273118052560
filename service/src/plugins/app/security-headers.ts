import fp from 'fastify-plugin';

/**
 * Headers every answer gets: `nosniff`, so no browser ever runs a download or an error as
 * something else, the request id (so a user can quote it), and — for anything a bearer token
 * asked for — `Cache-Control: no-store`, so no shared or browser cache keeps one user's data.
 * Routes that chose their own caching (the video file is `private`, public pages revalidate)
 * keep it.
 */
export default fp(
  async (fastify) => {
    fastify.addHook('onSend', async (request, reply) => {
      reply.header('x-content-type-options', 'nosniff');
      reply.header('x-request-id', request.id);
      if (request.headers.authorization && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', 'no-store');
      }
    });
  },
  { name: 'security-headers' },
);
