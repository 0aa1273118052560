// Service throughput and export timings (DESIGN.md "Budgets"), measured in one run on this
// machine: `node service/bench/share.bench.ts` (or `npm run bench -- share`).
// - req/s and p99 of GET /api/share/:token, GET /share/:token and GET /api/videos/:id as a
//   ratio of a bare Fastify route, autocannon (its own process) on loopback, 50 connections;
// - PDF export p50/p95 and JSON/Markdown export p50, through the real routes.
// BENCH_DURATION (seconds per run, default 4; 3 rounds) and MONGODB_URI (else a private FerretDB) apply.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import app, { serverOptions } from '#src/app.ts';
import { loadConfig } from '#src/config/index.ts';
import { startFerretDB } from '@scenra/devstack/ferretdb';
import { freePort } from '@scenra/devstack/ports';
import { renderVideoPdf } from '#src/export/pdf/render.ts';
import { toVideo, videoModel } from '#src/models/video.ts';
import { percentile, timed } from './lib/stats.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const duration = Number(process.env.BENCH_DURATION ?? 4);
const ROUNDS = 3;
const connections = 50;

interface Load {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** One autocannon run in its own process, so load generation does not steal the server's loop. */
async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const args = ['-c', String(connections), '-d', String(duration), '-j'];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  // A short warm-up first: JIT, connection pools, FerretDB caches.
  await run(
    join(root, 'node_modules/.bin/autocannon'),
    [...args.slice(0, 2), '-d', '1', '-j', url],
    {
      maxBuffer: 1 << 24,
    },
  );
  const { stdout } = await run(join(root, 'node_modules/.bin/autocannon'), [...args, url], {
    maxBuffer: 1 << 24,
  });
  const result = JSON.parse(stdout);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'scenra-bench-'));
const ferret = process.env.MONGODB_URI
  ? undefined
  : await startFerretDB({ port: await freePort(), dataDir: join(dataDir, 'db'), log: 'ignore' });
const mongodbUri = process.env.MONGODB_URI ?? ferret!.uri;

const port = await freePort();
const config = loadConfig({
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  MONGODB_URI: mongodbUri,
  JWT_SECRET: 'bench-only-jwt-secret-0123456789abcdef',
  DATA_DIR: dataDir,
  SEED_DEMO: '1',
  PORT: String(port),
});
const server = Fastify(serverOptions(config));
await server.register(app, { config });
await server.listen({ host: '127.0.0.1', port });

const bare = Fastify({ logger: false });
bare.get('/bare', async () => ({ ok: true }));
const barePort = await freePort();
await bare.listen({ host: '127.0.0.1', port: barePort });

try {
  const video = await videoModel(server.db).findOne({}).lean();
  if (!video) throw new Error('no seeded video');
  const ownerId = video.ownerId.toString();
  const auth = { authorization: `Bearer ${server.jwt.sign({ sub: ownerId, tier: 'premium' })}` };
  const shared = await server.inject({
    method: 'POST',
    url: `/api/videos/${video._id}/share`,
    headers: auth,
    payload: {},
  });
  const { token } = shared.json() as { token: string };
  const base = `http://127.0.0.1:${port}`;

  // [name, url, headers, budget as a share of the bare route's req/s (DESIGN.md "Budgets")]
  const targets: Array<[string, string, Record<string, string>, number]> = [
    ['bare Fastify route', `http://127.0.0.1:${barePort}/bare`, {}, 100],
    ['GET /api/share/:token', `${base}/api/share/${token}`, {}, 25],
    ['GET /share/:token (HTML)', `${base}/share/${token}`, {}, 25],
    ['GET /api/videos/:id', `${base}/api/videos/${video._id}`, auth, 10],
  ];
  // The machine is shared, so load drifts: interleave short rounds and compare each route
  // with the bare route of the same round, then take the median ratio.
  const results = targets.map(() => [] as Load[]);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [i, [, url, headers]] of targets.entries())
      results[i]!.push(await load(url, headers));
  }
  const median = (values: number[]) => percentile(values, 50);
  const lines = [
    `throughput: autocannon, ${connections} connections, ${ROUNDS} interleaved rounds of ${duration}s, loopback`,
  ];
  for (const [i, [name, , , budget]] of targets.entries()) {
    const runs = results[i]!;
    const rps = median(runs.map((r) => r.rps));
    const p99 = median(runs.map((r) => r.p99));
    const ratio = median(runs.map((r, round) => r.rps / results[0]![round]!.rps)) * 100;
    const failures = runs.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
    lines.push(
      `  ${name.padEnd(26)} ${rps.toFixed(0).padStart(7)} req/s  p99 ${p99} ms` +
        (i === 0 ? '' : `  = ${ratio.toFixed(1)}% of bare (budget ≥ ${budget}%)`) +
        (failures ? `  (${failures} failed!)` : ''),
    );
  }

  const exportUrl = (format: string) => `/api/videos/${video._id}/export?format=${format}`;
  const download = (format: string) =>
    server.inject({ method: 'GET', url: exportUrl(format), headers: auth });
  await timed(3, () => download('pdf')); // fonts load on first use
  const pdf = await timed(40, () => download('pdf'));
  const pdfRender = await timed(40, () => renderVideoPdf(toVideo(video)));
  const json = await timed(200, () => download('json'));
  const md = await timed(200, () => download('md'));
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  lines.push(
    'exports (through the route, in-process, including the database read):',
    `  PDF       p50 ${ms(percentile(pdf, 50))}  p95 ${ms(percentile(pdf, 95))}  (render alone p50 ${ms(percentile(pdfRender, 50))}  p95 ${ms(percentile(pdfRender, 95))}; budget p50 ≤ 150 ms)`,
    `  JSON      p50 ${ms(percentile(json, 50))}  (budget ≤ 5 ms)`,
    `  Markdown  p50 ${ms(percentile(md, 50))}  (budget ≤ 5 ms)`,
  );
  console.info(lines.join('\n'));
} finally {
  await server.close();
  await bare.close();
  await ferret?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
