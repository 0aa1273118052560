// The key vault's numbers for `npm run bench`:
//   1. vault encrypt+decrypt operations per second (AES-256-GCM, one API-key-sized secret),
//   2. POST /api/user/api-keys (validate with the sandbox provider, seal, store, audit):
//      requests per second and p99 latency at 20 connections, autocannon on loopback.
// Starts its own FerretDB and service process on free ports (or uses MONGODB_URI).
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { Vault } from '#src/lib/vault.ts';
import { signJwt, startServiceProcess } from '../scripts/service-process.ts';

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
const ops = vaultOpsPerSecond();
console.info(`vault encrypt+decrypt: ${Math.round(ops).toLocaleString('en')} ops/s`);

const service = await startServiceProcess('bench-vault');

try {
  // Every request is a new user and key name: the per-user add limit (20/min) and the
  // unique key names must not turn the measurement into 429s and 409s.
  let n = 0;
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const result = await autocannon({
    url: service.baseUrl,
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
              authorization: `Bearer ${signJwt(service.jwtSecret, { sub, tier: 'free', exp })}`,
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
  await service.stop();
}
