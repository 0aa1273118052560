import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autoload from '@fastify/autoload';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config/index.ts';
import { loggerOptions } from './lib/logger.ts';
import { RouteMethods } from './lib/route-methods.ts';
import { requestId } from './lib/request-id.ts';
import { errorHandler, frameworkErrors, notFoundHandler } from './lib/error-handler.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface AppOptions {
  config: Config;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

/** Trusts the first `hops` proxies in front of the service (what Fastify does for a number). */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/** Fastify's own options for a server running this app (logger, limits, request ids). */
export function serverOptions(config: Config): FastifyServerOptions {
  return {
    logger: loggerOptions(config),
    bodyLimit: config.bodyLimit,
    // Only the configured proxies' forwarding headers are believed (never every hop).
    trustProxy:
      typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // A caller's id is kept only in a strict short form (it reaches logs and audit rows);
    // anything else gets a fresh one.
    requestIdHeader: false,
    genReqId: requestId,
    // Slow clients cannot hold connections open forever.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // Long enough for every path parameter the schemas bound (share tokens: 200), so an
    // over-long one reaches validation and gets a 400 naming the field.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 512 },
    frameworkErrors,
    // Building indexes at start (db plugin) can take a while on a large or busy database.
    pluginTimeout: 60_000,
    ajv: { customOptions: { removeAdditional: false } },
  };
}

/**
 * The whole service as one plugin: third-party plugins, then ours, then the routes,
 * which mirror their URLs under routes/. `server.ts` and the tests both register it;
 * it is not encapsulated, so they see its decorators (`db`, `jwt`, `config`, …).
 */
async function app(fastify: FastifyInstance, opts: AppOptions) {
  fastify.decorate('config', opts.config);
  // Headers must arrive well before the whole request's deadline (slowloris).
  fastify.server.headersTimeout = Math.min(opts.config.requestTimeoutMs, 20_000);
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  fastify.setErrorHandler(errorHandler);
  const routeMethods = new RouteMethods();
  fastify.addHook('onRoute', (route) => routeMethods.add(route.url, route.method));
  fastify.setNotFoundHandler(notFoundHandler(routeMethods));

  await fastify.register(autoload, {
    dir: join(here, 'plugins/external'),
    options: opts,
    ignorePattern: /\.test\./,
  });
  await fastify.register(autoload, {
    dir: join(here, 'plugins/app'),
    options: opts,
    ignorePattern: /\.test\./,
  });
  await fastify.register(autoload, {
    dir: join(here, 'routes'),
    options: opts,
    dirNameRoutePrefix: true,
    // `_id` folders stand for path parameters: routes/api/videos/_id/ serves /api/videos/:id.
    routeParams: true,
    ignorePattern: /\.test\./,
    autoHooks: false,
  });
}

export default fp(app, { name: 'scenra-service', fastify: '5.x' });
