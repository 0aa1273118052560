import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DevSessionBody, DevSessionResult, ErrorBody } from '@scenra/contracts';
import { AppError } from '../../../lib/errors.ts';
import { userModel } from '../../../models/user.ts';

/**
 * Development sign-in for the seeded demo personas. Only registered with DEV_AUTH=1, which
 * configuration refuses in production; in production the host product issues the JWTs.
 */
const dev: FastifyPluginAsyncZod = async (fastify) => {
  if (!fastify.config.devAuth) return;
  if (fastify.config.jwt.algorithm !== 'HS256')
    throw new Error('DEV_AUTH needs an HS256 JWT_SECRET to sign sessions');

  fastify.post(
    '/session',
    {
      schema: {
        tags: ['development'],
        summary: 'Sign in as a demo persona (DEV_AUTH only)',
        body: DevSessionBody,
        response: { 200: DevSessionResult, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const user = await userModel(fastify.db).findOne({ persona: request.body.persona }).lean();
      if (!user)
        throw new AppError(
          404,
          'not_found',
          'That demo persona is not seeded. Start the service with SEED_DEMO=1.',
        );
      const id = user._id.toString();
      const token = fastify.jwt.sign({ sub: id, tier: user.tier });
      return {
        token,
        user: { id, displayName: user.displayName, email: user.email, tier: user.tier },
      };
    },
  );
};
export default dev;
