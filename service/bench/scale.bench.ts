// How a user's own requests cost as everyone else's data grows (DESIGN.md "Budgets", "Scale"):
// p50/p95 of the videos list, the shares list, the key list and a generation's status with
// 0, 1k, 10k and 100k rows of other users in each collection, on each FerretDB backend, each
// figure also as a multiple of the same request on empty collections in the same run.
// `node service/bench/scale.bench.ts` (or `npm run bench -- scale`).
// BENCH_SCALE_ROWS (default "1000,10000,100000") picks the sizes; BENCH_SCALE_BACKENDS
// (default "sqlite,postgresql", postgresql only when installed) the backends. A backend stops
// growing once its slowest request's p50 passes BENCH_SCALE_CUTOFF_MS (default 3000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { Types } from 'mongoose';
import app, { serverOptions } from '#src/app.ts';
import { loadConfig } from '#src/config/index.ts';
import { demoUsers } from '#src/seed/demo-data.ts';
import { startFerretDB, type FerretDBBackend } from '@scenra/devstack/ferretdb';
import { postgresBinDir } from '@scenra/devstack/postgres';
import { freePort } from '@scenra/devstack/ports';
import { percentile, sampled } from './lib/stats.ts';

const scales = (process.env.BENCH_SCALE_ROWS ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const backends = (process.env.BENCH_SCALE_BACKENDS ?? 'sqlite,postgresql')
  .split(',')
  .filter((b): b is FerretDBBackend => b === 'sqlite' || b === 'postgresql');
const BATCH = 1000;
/** A backend whose slowest request passes this at one size is not grown further (bounded run). */
const cutoffMs = Number(process.env.BENCH_SCALE_CUTOFF_MS ?? 3000);

interface Request {
  name: string;
  url: string;
}

/** One app on a fresh database of `backend`, with the byok persona's own data in place. */
async function setUp(backend: FerretDBBackend, dataDir: string) {
  const starting = performance.now();
  const ferret = await startFerretDB({ port: await freePort(), dataDir, backend });
  const startMs = performance.now() - starting;
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    MONGODB_URI: ferret.uri,
    JWT_SECRET: 'bench-only-jwt-secret-0123456789abcdef',
    DATA_DIR: dataDir,
    SEED_DEMO: '1',
  });
  const server = Fastify(serverOptions(config));
  await server.register(app, { config });
  await server.ready();
  const user = demoUsers.find((u) => u.persona === 'byok')!;
  const auth = { authorization: `Bearer ${server.jwt.sign({ sub: user.id, tier: 'free' })}` };
  const video = await server.db
    .collection('videos')
    .findOne({ ownerId: new Types.ObjectId(user.id) });
  if (!video) throw new Error('the demo seed made no video for the byok persona');
  const shared = await server.inject({
    method: 'POST',
    url: `/api/videos/${video._id}/share`,
    headers: auth,
    payload: {},
  });
  if (shared.statusCode !== 200 && shared.statusCode !== 201)
    throw new Error(`sharing failed: ${shared.statusCode} ${shared.body}`);
  /**
   * The requests to time at the current size. The generation is a new one, stored after
   * everyone else's rows: a scan that stops at the first match would find an old row early.
   */
  const requests = async (): Promise<Request[]> => {
    const generationId = new Types.ObjectId();
    await server.db
      .collection('generations')
      .insertOne(generation(user.id, video._id, generationId));
    return [
      { name: 'videos list', url: '/api/videos' },
      { name: 'shares list', url: '/api/user/shares' },
      { name: 'key list', url: '/api/user/api-keys' },
      { name: 'generation status', url: `/api/generations/${generationId}` },
    ];
  };
  return { ferret, server, auth, requests, template: video, startMs };
}

function generation(userId: string, videoId: unknown, _id = new Types.ObjectId()) {
  const at = new Date();
  return {
    _id,
    videoId,
    userId,
    providerId: 'sandbox',
    model: 'sandbox-video',
    seconds: 4,
    size: '1280x720',
    billing: 'byok',
    requestHash: 'bench',
    idempotencyKey: `bench-${_id}`,
    providerJobId: `job-${_id}`,
    status: 'completed',
    progress: 100,
    estimate: { usd: 0, credits: 0 },
    creditsCharged: 0,
    refunded: false,
    contentFileId: new Types.ObjectId(),
    contentType: 'video/mp4',
    createdAt: at,
    completedAt: at,
  };
}

/** Rows of another user in every per-user collection, shaped like real ones. */
function otherUsersRows(index: number, template: Record<string, unknown>) {
  const ownerId = new Types.ObjectId();
  const videoId = new Types.ObjectId();
  const userId = ownerId.toString();
  const at = new Date(Date.now() - index * 1000);
  const { _id: _template, ...video } = template;
  return {
    videos: { ...video, _id: videoId, ownerId, createdAt: at, updatedAt: at },
    shares: {
      _id: new Types.ObjectId(),
      tokenHash: `${index}`.padStart(64, '0'),
      sealedToken: { ciphertext: 'x', iv: 'x', tag: 'x', keyVersion: 'v1' },
      videoId,
      ownerId,
      includeSpecs: true,
      expiresAt: null,
      revokedAt: null,
      activeSlot: 'active',
      quotaSlot: `unmetered:${index}`,
      views: 0,
      snapshot: {
        title: video.title,
        platform: video.platform,
        optimizedPrompt: video.optimizedPrompt,
      },
      createdAt: at,
    },
    user_api_keys: {
      userId,
      provider: 'sandbox',
      keyName: 'Default',
      ciphertext: 'x'.repeat(80),
      iv: 'x'.repeat(16),
      tag: 'x'.repeat(24),
      keyVersion: 'v1',
      keySuffix: 'abcd',
      status: 'valid',
      isValid: true,
      lastValidatedAt: at,
      lastCheckAttemptAt: at,
      lastUsedAt: null,
      createdAt: at,
      updatedAt: at,
    },
    generations: generation(userId, videoId),
  };
}

/** Adds other users' rows until each collection holds `target` of them, in batches. */
async function grow(
  server: FastifyInstance,
  from: number,
  target: number,
  template: Record<string, unknown>,
) {
  for (let start = from; start < target; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, target - start) }, (_, i) =>
      otherUsersRows(start + i, template),
    );
    for (const name of ['videos', 'shares', 'user_api_keys', 'generations'] as const) {
      await server.db.collection(name).insertMany(
        rows.map((r) => r[name]),
        { ordered: false },
      );
    }
  }
}

const ms = (n: number) => (n >= 100 ? `${n.toFixed(0)}` : n.toFixed(1)).padStart(6);
const times = (n: number) => `${n.toFixed(n >= 10 ? 0 : 1)}×`.padStart(6);

const lines = [
  `scale: a user's requests (in-process, through the routes) with N rows of other users in each collection`,
  `       p50 / p95 in ms, then p50 as a multiple of the same request on empty collections (same run)`,
];
const startTimes = new Map<FerretDBBackend, number>();
for (const backend of backends) {
  if (backend === 'postgresql' && !postgresBinDir()) {
    lines.push(
      `\n${backend}: not installed (npm run bench installs it as root; else apt-get install postgresql)`,
    );
    continue;
  }
  const dataDir = mkdtempSync(join(tmpdir(), `scenra-scale-${backend}-`));
  const { ferret, server, auth, requests, template, startMs } = await setUp(
    backend,
    join(dataDir, 'db'),
  );
  startTimes.set(backend, startMs);
  try {
    const curve = new Map<string, Array<{ rows: number; samples: number[] }>>();
    let rows = 0;
    for (const target of [0, ...scales]) {
      const slowest = Math.max(
        ...[...curve.values()].map((points) => percentile(points.at(-1)!.samples, 50)),
      );
      if (slowest > cutoffMs) break;
      const started = performance.now();
      await grow(server, rows, target, template);
      const insertSec = (performance.now() - started) / 1000;
      if (target > rows)
        console.error(
          `[scale] ${backend}: ${target} rows each, inserted in ${insertSec.toFixed(0)} s`,
        );
      rows = target;
      for (const request of await requests()) {
        const samples = await sampled(async () => {
          const response = await server.inject({ method: 'GET', url: request.url, headers: auth });
          if (response.statusCode !== 200)
            throw new Error(`${request.url}: ${response.statusCode}`);
        });
        curve.set(request.name, [...(curve.get(request.name) ?? []), { rows, samples }]);
      }
    }
    lines.push(
      '',
      `FerretDB ${backend}`.padEnd(20) +
        ['0', ...scales.map((n) => (n >= 1000 ? `${n / 1000}k` : `${n}`))]
          .map((n) => `${n} rows`.padStart(26))
          .join(''),
    );
    for (const [name, points] of curve) {
      const empty = percentile(points[0]!.samples, 50);
      lines.push(
        `  ${name.padEnd(18)}` +
          points
            .map(({ samples }) => {
              const p50 = percentile(samples, 50);
              return `${ms(p50)} /${ms(percentile(samples, 95))} ${times(p50 / empty)}`.padStart(
                26,
              );
            })
            .join('') +
          (points.length < scales.length + 1
            ? `   (larger sizes not measured: a request took over ${cutoffMs} ms)`
            : ''),
      );
    }
  } finally {
    await server.close();
    await ferret.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const sqliteStart = startTimes.get('sqlite');
lines.push(
  '',
  'start from an empty data folder: ' +
    [...startTimes]
      .map(
        ([backend, startMs]) =>
          `${backend} ${(startMs / 1000).toFixed(1)} s` +
          (sqliteStart && backend !== 'sqlite' ? ` (${times(startMs / sqliteStart)} sqlite)` : ''),
      )
      .join(', '),
);
console.info(lines.join('\n'));
