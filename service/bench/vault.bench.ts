// The key vault's numbers for `npm run bench`:
//   1. vault encrypt+decrypt operations per second (AES-256-GCM, one API-key-sized secret),
//   2. POST /api/user/api-keys (validate with the sandbox provider, seal, store, audit):
//      requests per second and p99 latency at 20 connections, autocannon on loopback.
// Starts its own FerretDB and service process on free ports (or uses MONGODB_URI).
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Vault } from '../src/lib/vault.ts';
import { startFerretDB } from '../../scripts/lib/ferretdb.mjs';
import { freePort, waitForPort } from '../../scripts/lib/ports.mjs';

const serviceDir = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 20;
const DURATION_SEC = Number(process.env.BENCH_DURATION_SEC ?? 10);

function vaultOpsPerSecond(): number {
  const vault = new Vault([{ version: 'v1', secret: randomBytes(32) }]);
  const key = 'sk-sandbox-valid-0000bench-0000000000000000000000000';
  const aad = '64a000000000000000000002|sandbox|64a0000000000000000000b1';
  for (let i = 0; i < 2_000; i += 1) vault.decrypt(vault.encrypt(key, aad), aad); // warm up
  let ops = 0;
  const started = process.hrtime.bigint();
  const budget = 2_000_000_000n; // 2 s
  while (process.hrtime.bigint() - started < budget) {
    for (let i = 0; i < 500; i += 1) vault.decrypt(vault.encrypt(key, aad), aad);
    ops += 500;
  }
  return ops / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** An HS256 JWT like the host product issues. */
function sign(secret: string, payload: object): string {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

const ops = vaultOpsPerSecond();
console.info(`vault encrypt+decrypt: ${Math.round(ops).toLocaleString('en')} ops/s`);

const tmp = mkdtempSync(join(tmpdir(), 'scenra-bench-vault-'));
const ferret = process.env.MONGODB_URI
  ? undefined
  : await startFerretDB({ port: await freePort(), dataDir: join(tmp, 'db') });
const mongoUri = process.env.MONGODB_URI ?? ferret!.uri;
const port = await freePort();
const jwtSecret = randomBytes(32).toString('base64url');
const server = spawn(process.execPath, ['src/server.ts'], {
  cwd: serviceDir,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    PATH: process.env.PATH,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    MONGODB_URI: mongoUri.replace(/\/[^/]*$/, `/bench_vault_${Date.now()}`),
    JWT_SECRET: jwtSecret,
    ENCRYPTION_SECRETS: `v1:${randomBytes(32).toString('base64url')}`,
    DATA_DIR: join(tmp, 'data'),
  },
});

try {
  await waitForPort(port, { timeoutMs: 30_000 });
  // Every request is a new user and key name: the per-user add limit (20/min) and the
  // unique key names must not turn the measurement into 429s and 409s.
  let n = 0;
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION_SEC,
    requests: [
      {
        method: 'POST',
        path: '/api/user/api-keys',
        setupRequest: (request) => {
          n += 1;
          const sub = `bench-user-${n}`;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${sign(jwtSecret, { sub, tier: 'free', exp })}`,
            },
            body: JSON.stringify({
              provider: 'sandbox',
              keyName: `bench ${n}`,
              apiKey: `sk-sandbox-valid-0000bench${n}`,
            }),
          };
        },
      },
    ],
  });
  console.info(
    `POST /api/user/api-keys, ${CONNECTIONS} connections, ${DURATION_SEC} s: ` +
      `${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms ` +
      `(${result['2xx']} created, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`,
  );
  if (result.non2xx || result.errors) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await ferret?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
