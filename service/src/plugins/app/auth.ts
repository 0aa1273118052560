import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { Tier } from '@scenra/contracts';
import { AppError } from '../../lib/errors.ts';

/** The claims Scenra reads from the host product's JWT. */
export const Claims = z.object({ sub: z.string().min(1), tier: Tier });
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
      if (!claims.success) throw unauthorized('The access token is missing the sub or tier claim.');
      request.user = claims.data;
    });
  },
  { name: 'auth', dependencies: ['jwt'] },
);
