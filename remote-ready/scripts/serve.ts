/// <reference types="node" />
// Serves a release layout (see scripts/release/layout.ts) from the remote's own origin, as a CDN
// would: CORS open to any host page, and each file kind with its cache policy — versioned
// release and elements files immutable, manifests, channels and indexes revalidated, the
// elements major alias short-lived.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCors from '@fastify/cors';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheControlFor, REVALIDATE } from './release/cache-policy.ts';

export const remoteDist = fileURLToPath(new URL('../dist/', import.meta.url));
/** Where `npm start` keeps its local release layout (kept across restarts, like a CDN). */
export const localReleases = fileURLToPath(new URL('../../.data/cdn/', import.meta.url));

export async function startRemoteServer({
  port,
  root,
  host = '127.0.0.1',
  logger = false,
}: {
  port: number;
  root: string;
  host?: string;
  logger?: boolean;
}): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(resolve(root, 'remote-ready/releases.json'))) {
    throw new Error(
      `${root} holds no release: run "npm run release -w @scenra/remote-ready -- --to ${root}".`,
    );
  }
  const app = Fastify({ logger });
  await app.register(fastifyCors, { origin: '*', methods: ['GET', 'HEAD'] });
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    dotfiles: 'deny',
    setHeaders(reply, path) {
      reply.header('cache-control', cacheControlFor(relative(root, path).split(sep).join('/')));
      reply.header('x-content-type-options', 'nosniff');
    },
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .header('cache-control', REVALIDATE)
      .send({ error: { code: 'not_found', message: `Nothing at ${request.url}` } }),
  );
  await app.listen({ port, host });
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () => app.close(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? process.env.REMOTE_PORT ?? 4001);
  const root = resolve(process.env.REMOTE_RELEASES_DIR ?? localReleases);
  const server = await startRemoteServer({
    port,
    root,
    host: process.env.HOST ?? '127.0.0.1',
    logger: true,
  });
  console.info(`remote-ready releases in ${root} served at ${server.url}/channels/stable.json`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void server.close());
}
