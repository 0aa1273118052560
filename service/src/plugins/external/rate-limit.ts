import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import type { AppOptions } from '../../app.ts';
import { AppError } from '../../lib/errors.ts';

/**
 * Rate limits are opt-in per route (`config.rateLimit`). With REDIS_URL the counters live
 * in Redis, so a limit holds across every instance of the service.
 */
export default fp<AppOptions>(
  async (fastify, { config }) => {
    const redis = config.redisUrl
      ? new Redis(config.redisUrl, {
          lazyConnect: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2_000,
        })
      : undefined;
    if (redis) fastify.addHook('onClose', async () => void (await redis.quit()));
    await fastify.register(rateLimit, {
      global: false,
      ...(redis ? { redis, nameSpace: 'scenra-rl:', skipOnError: false } : {}),
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
        return new AppError(
          429,
          'rate_limited',
          `Too many requests. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
          {
            details: { limit: context.max, retryAfterSec: seconds },
            headers: { 'retry-after': String(seconds) },
          },
        );
      },
    });
  },
  { name: 'rate-limit' },
);
