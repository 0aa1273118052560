import jwt from '@fastify/jwt';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';

/**
 * Verifies the host product's JWTs. The algorithm is pinned, so `alg: none` and
 * algorithm-confusion tokens are refused.
 */
export default fp<AppOptions>(
  async (fastify, { config }) => {
    const { jwt: settings } = config;
    if (settings.algorithm === 'RS256') {
      await fastify.register(jwt, {
        secret: { public: settings.publicKey, private: '' },
        verify: { algorithms: ['RS256'] },
      });
    } else {
      await fastify.register(jwt, {
        secret: settings.secret,
        sign: { algorithm: 'HS256', expiresIn: '12h' },
        verify: { algorithms: ['HS256'] },
      });
    }
  },
  { name: 'jwt' },
);
