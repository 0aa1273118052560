// The service as a real process on a free port, over a private FerretDB (or MONGODB_URI), for
// the benchmarks and the fuzzer: they measure and probe what production runs, not `inject()`.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_JWT_AUDIENCE, DEV_JWT_ISSUER } from '#src/config/index.ts';
import { startFerretDB } from '@scenra/devstack/ferretdb';
import { freePort, waitForPort } from '@scenra/devstack/ports';

const serviceDir = fileURLToPath(new URL('..', import.meta.url));

export interface ServiceProcess {
  baseUrl: string;
  /** The HS256 secret the service verifies tokens with (sign test tokens with `signJwt`). */
  jwtSecret: string;
  /** The temporary folder: data, FerretDB files and `service.log`. */
  dir: string;
  logFile: string;
  /** Stops the service and FerretDB; removes the folder unless `keep`. */
  stop(options?: { keep?: boolean }): Promise<void>;
}

/**
 * Starts `node src/server.ts` in development mode with its own database (named after `name`)
 * and the extra `env`. Log lines go to `<dir>/service.log`.
 */
export async function startServiceProcess(
  name: string,
  env: Record<string, string> = {},
): Promise<ServiceProcess> {
  const dir = mkdtempSync(join(tmpdir(), `scenra-${name}-`));
  const ferret = process.env.MONGODB_URI
    ? undefined
    : await startFerretDB({ port: await freePort(), dataDir: join(dir, 'db') });
  const mongoUri = process.env.MONGODB_URI ?? ferret!.uri;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const jwtSecret = randomBytes(32).toString('base64url');
  const logFile = join(dir, 'service.log');
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['src/server.ts'], {
    cwd: serviceDir,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      MONGODB_URI: mongoUri.replace(/\/[^/]*$/, `/${name.replace(/\W/g, '_')}_${Date.now()}`),
      JWT_SECRET: jwtSecret,
      ENCRYPTION_SECRETS: `v1:${randomBytes(32).toString('base64url')}`,
      DATA_DIR: join(dir, 'data'),
      ...env,
    },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async ({ keep = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await ferret?.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, { timeoutMs: 30_000 });
  } catch (error) {
    await stop({ keep: true });
    throw new Error(`the service did not start; see ${logFile}`, { cause: error });
  }
  return { baseUrl, jwtSecret, dir, logFile, stop };
}

/**
 * An HS256 JWT like the host product issues, without a JWT library: the development issuer
 * and audience, issued now, valid for an hour, unless `payload` says otherwise.
 */
export function signJwt(secret: string, payload: object): string {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: DEV_JWT_ISSUER,
    aud: DEV_JWT_AUDIENCE,
    iat: now,
    exp: now + 3600,
    ...payload,
  };
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
