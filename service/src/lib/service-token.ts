import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time (hashing first makes the lengths equal too). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * An onRequest hook for the host product's own calls (credit grants, erasure): the
 * `x-service-token` header must equal SERVICE_TOKEN. Without one configured, every such call
 * is refused.
 */
export function requireServiceToken(fastify: FastifyInstance, what: string) {
  return async (request: FastifyRequest) => {
    const expected = fastify.config.serviceToken;
    const given = request.headers['x-service-token'];
    if (!expected || typeof given !== 'string' || !sameSecret(given, expected)) {
      throw new AppError(
        401,
        'unauthorized',
        `${what} need the service token in the x-service-token header.`,
      );
    }
  };
}
