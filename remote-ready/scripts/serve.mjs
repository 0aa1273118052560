// Serves the remote's production build from its own origin, as a CDN would: CORS open to any
// host page, the manifest and container entry revalidated on every load (they name the hashed
// chunks), the hashed chunks cached for a year.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyCors from '@fastify/cors';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const remoteDist = fileURLToPath(new URL('../dist/', import.meta.url));
const revalidated = new Set(['mf-manifest.json', 'mf-stats.json', 'remoteEntry.js']);

/**
 * @param {{ port: number, host?: string, logger?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startRemoteServer({ port, host = '127.0.0.1', logger = false }) {
  if (!existsSync(`${remoteDist}mf-manifest.json`)) {
    throw new Error(
      `The remote is not built (${remoteDist}mf-manifest.json is missing): run "npm run build -w @scenra/remote-ready".`,
    );
  }
  const app = Fastify({ logger });
  await app.register(fastifyCors, { origin: '*', methods: ['GET', 'HEAD'] });
  await app.register(fastifyStatic, {
    root: remoteDist,
    cacheControl: false,
    setHeaders(reply, path) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      reply.header(
        'cache-control',
        revalidated.has(name) ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
      reply.header('x-content-type-options', 'nosniff');
    },
  });
  await app.listen({ port, host });
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () => app.close(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? process.env.REMOTE_PORT ?? 4001);
  const server = await startRemoteServer({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    logger: true,
  });
  console.info(`remote-ready served at ${server.url}/mf-manifest.json`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void server.close());
}
