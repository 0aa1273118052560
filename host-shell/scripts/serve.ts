/// <reference types="node" />
// Serves the host's production build: the SPA (every unknown page path gets index.html) and
// /config.json, written from the environment so one build runs anywhere.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const hostDist = fileURLToPath(new URL('../dist/', import.meta.url));

export interface HostServerOptions {
  port: number;
  host?: string;
  apiBaseUrl: string;
  remoteManifestUrl: string;
  remoteTimeoutMs?: number;
  showEventLog?: boolean;
  logger?: boolean;
}

export async function startHostServer({
  port,
  host = '127.0.0.1',
  apiBaseUrl,
  remoteManifestUrl,
  remoteTimeoutMs = 5000,
  showEventLog = false,
  logger = false,
}: HostServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(`${hostDist}index.html`)) {
    throw new Error(
      `The host is not built (${hostDist}index.html is missing): run "npm run build -w @scenra/host-shell".`,
    );
  }
  const config = { apiBaseUrl, remoteManifestUrl, remoteTimeoutMs, showEventLog };
  const origins = (url: string) => new URL(url).origin;
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${origins(remoteManifestUrl)}`,
    `connect-src 'self' ${origins(apiBaseUrl)} ${origins(remoteManifestUrl)}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${origins(apiBaseUrl)}`,
    `media-src 'self' blob: ${origins(apiBaseUrl)}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

  const app = Fastify({ logger });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html'))
      reply.header('content-security-policy', csp);
  });
  app.get('/config.json', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(config),
  );
  await app.register(fastifyStatic, {
    root: hostDist,
    cacheControl: false,
    setHeaders(reply, path) {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/assets/') &&
      !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
    if (wantsPage)
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    return reply
      .code(404)
      .send({ error: { code: 'not_found', message: `Nothing at ${request.url}` } });
  });
  await app.listen({ port, host });
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () => app.close(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? process.env.HOST_PORT ?? 4002);
  const server = await startHostServer({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    apiBaseUrl: process.env.API_BASE_URL ?? 'http://localhost:4000',
    remoteManifestUrl:
      process.env.REMOTE_MANIFEST_URL ?? 'http://localhost:4001/channels/stable.json',
    remoteTimeoutMs: Number(process.env.REMOTE_TIMEOUT_MS ?? 5000),
    showEventLog: process.env.NODE_ENV !== 'production',
    logger: true,
  });
  console.info(`host-shell served at ${server.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void server.close());
}
