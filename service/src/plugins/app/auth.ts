import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { ObjectIdString, Tier } from '@scenra/contracts';
import { AppError } from '../../lib/errors.ts';

/**
 * The claims Scenra reads from the host product's JWT. User ids are MongoDB ObjectIds in
 * every collection, so a token whose `sub` is anything else identifies nobody: 401 on every
 * route, never a cast error deeper down.
 */
export const Claims = z.object({ sub: ObjectIdString, tier: Tier });
/** `exp` and `iat` as the verifier left them (seconds since the epoch). */
const Times = z.object({ exp: z.number(), iat: z.number().optional() });
export type Claims = z.infer<typeof Claims>;

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: Claims;
    user: Claims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler that requires a valid bearer token; sets `request.user`. */
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

const unauthorized = (message: string) =>
  new AppError(401, 'unauthorized', message, { headers: { 'www-authenticate': 'Bearer' } });

export default fp(
  async (fastify) => {
    fastify.decorate('authenticate', async (request: FastifyRequest, _reply: FastifyReply) => {
      if (!request.headers.authorization)
        throw unauthorized('Sign in first: the Authorization header is missing.');
      let payload: unknown;
      try {
        payload = await request.jwtVerify();
      } catch (error) {
        const expired = (error as { code?: string }).code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED';
        throw unauthorized(
          expired ? 'Your session has expired. Sign in again.' : 'The access token is invalid.',
        );
      }
      const claims = Claims.safeParse(payload);
      if (!claims.success)
        throw unauthorized('The access token needs a user id (sub) and a tier claim.');
      // A long-lived token is a stolen token's best friend: cap the lifetime it claims, also
      // when it has no `iat` to count from.
      const times = Times.safeParse(payload);
      const nowSec = Date.now() / 1000;
      const from = times.success ? Math.min(times.data.iat ?? nowSec, nowSec) : nowSec;
      if (!times.success || times.data.exp - from > fastify.config.jwt.maxAgeSec + 60)
        throw unauthorized('The access token lives too long. Sign in again.');
      request.user = claims.data;
    });
  },
  { name: 'auth', dependencies: ['jwt'] },
);
