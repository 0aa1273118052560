import jwt from '@fastify/jwt';
import fp from 'fastify-plugin';
import type { AppOptions } from '../../app.ts';

/**
 * Verifies the host product's JWTs. The algorithm is pinned, so `alg: none` and
 * algorithm-confusion tokens are refused; a token must carry `exp`, and the configured `iss`
 * and `aud`, so a token the host issued for another product does not open this API. Tokens
 * older than `maxAgeSec` (counted from `iat`) are refused; the auth plugin also caps how far
 * ahead `exp` may lie.
 */
export default fp<AppOptions>(
  async (fastify, { config }) => {
    const { jwt: settings } = config;
    const verify = {
      requiredClaims: ['exp', 'iss', 'aud'],
      allowedIss: settings.issuer,
      allowedAud: settings.audience,
      maxAge: settings.maxAgeSec * 1000,
    };
    if (settings.algorithm === 'RS256') {
      await fastify.register(jwt, {
        secret: { public: settings.publicKey, private: '' },
        verify: { ...verify, algorithms: ['RS256'] },
      });
    } else {
      await fastify.register(jwt, {
        secret: settings.secret,
        // Development sign-in issues tokens like the host product would.
        sign: {
          algorithm: 'HS256',
          expiresIn: '12h',
          iss: settings.issuer,
          aud: settings.audience,
        },
        verify: { ...verify, algorithms: ['HS256'] },
      });
    }
  },
  { name: 'jwt' },
);
