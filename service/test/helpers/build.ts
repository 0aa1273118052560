import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, inject } from 'vitest';
import app, { serverOptions } from '#src/app.ts';
import { loadConfig } from '#src/config/index.ts';
import { freePort } from '@scenra/devstack/ports';

export const TEST_JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef';

/** Environment of a test app: its own database on the run's FerretDB, quiet logs. */
export function testEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    MONGODB_URI: `${inject('mongoUri')}test_${randomBytes(6).toString('hex')}`,
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'scenra-data-')),
    // Short provider refresh windows keep job tests quick; the throttle itself stays on.
    PROVIDER_REFRESH_MS: '200',
    ...overrides,
  };
}

/**
 * A ready app on a fresh database, closed after the file's tests. Drive it with `app.inject()`.
 * Pass `logStream` to capture log lines (e.g. to prove a secret never reaches them), and
 * `listen: true` to serve on a free loopback port (`config.publicUrl` is its URL).
 */
export async function build(
  overrides: NodeJS.ProcessEnv = {},
  options: { logStream?: NodeJS.WritableStream; listen?: boolean } = {},
): Promise<FastifyInstance> {
  // Listening apps get a free loopback port, and PUBLIC_URL points at it, so real HTTP
  // clients (e.g. the openai SDK calling the sandbox provider) reach this very app.
  const port = options.listen ? await freePort() : undefined;
  const listenEnv = port ? { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` } : {};
  const config = loadConfig(testEnv({ ...listenEnv, ...overrides }));
  const base = serverOptions(config);
  const logger = options.logStream
    ? { ...(base.logger as object), level: 'trace', stream: options.logStream }
    : base.logger;
  const instance = Fastify({ ...base, logger });
  await instance.register(app, { config });
  await instance.ready();
  afterAll(() => instance.close());
  if (port) await instance.listen({ host: '127.0.0.1', port });
  return instance;
}

/** A bearer header for a user id and tier, signed like the host product would. */
export function bearer(instance: FastifyInstance, sub: string, tier: 'free' | 'premium' = 'free') {
  return { authorization: `Bearer ${instance.jwt.sign({ sub, tier })}` };
}
