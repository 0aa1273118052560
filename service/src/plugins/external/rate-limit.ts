import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import type { AppOptions } from '../../app.ts';
import { limitResponse } from '../../lib/rate-limits.ts';

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
      errorResponseBuilder: limitResponse('requests'),
    });
  },
  { name: 'rate-limit' },
);
