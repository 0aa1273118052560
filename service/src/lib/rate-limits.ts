import type { FastifyRequest } from 'fastify';
import { limitReachedMessage, type LimitName, type RateLimitDetails } from '@scenra/contracts';
import { AppError } from './errors.ts';

/** The 429 of a limit: which one, the wait in words, and `Retry-After` for machines. */
export function limitReached(which: LimitName, limit: number, waitSec: number): AppError {
  const retryAfterSec = Math.max(1, Math.ceil(waitSec));
  const details: RateLimitDetails = { which, limit, retryAfterSec };
  return new AppError(429, 'rate_limited', limitReachedMessage(which, retryAfterSec), {
    details,
    headers: { 'retry-after': String(retryAfterSec) },
  });
}

/** Builds `@fastify/rate-limit`'s answer for a named limit from its context (ttl in ms). */
export const limitResponse =
  (which: LimitName) => (_request: FastifyRequest, context: { ttl: number; max: number }) =>
    limitReached(which, context.max, context.ttl / 1000);

/**
 * A route's `config.rateLimit` counting per signed-in user (across every instance when Redis
 * backs it), after authentication so the user is known.
 */
export function perUserLimit(
  which: LimitName,
  max: number,
  timeWindow: string,
  extra: { allowList?: (request: FastifyRequest) => boolean } = {},
) {
  return {
    max,
    timeWindow,
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `${which}:${request.user.sub}`,
    errorResponseBuilder: limitResponse(which),
    ...extra,
  };
}
