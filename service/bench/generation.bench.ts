// Generation numbers for `npm run bench`:
//   1. time from POST /api/videos/:id/generations to "completed" (file copied into GridFS)
//      against the sandbox provider, minus nothing: the sandbox's simulated render time
//      (SANDBOX_RENDER_MS) is printed next to it so the service's own share is visible;
//   2. GET /api/generations/:id of a completed job: requests per second and p99 latency at
//      50 connections (autocannon, loopback).
// Starts its own FerretDB and service process on free ports (or uses MONGODB_URI).
import { randomBytes, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { signJwt, startServiceProcess } from '../scripts/service-process.ts';

const CONNECTIONS = 50;
const DURATION_SEC = Number(process.env.BENCH_DURATION_SEC ?? 10);
const RENDER_MS = 1000;
const RUNS = 5;
const POLL_MS = 50;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const serviceToken = randomBytes(32).toString('base64url');
const service = await startServiceProcess('bench-generation', {
  SERVICE_TOKEN: serviceToken,
  SANDBOX_RENDER_MS: String(RENDER_MS),
});
const base = service.baseUrl;

try {
  const userId = randomBytes(12).toString('hex');
  const token = signJwt(service.jwtSecret, {
    sub: userId,
    tier: 'premium',
    exp: Math.floor(Date.now() / 1000) + 3600,
  });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const call = async (
    method: string,
    path: string,
    body?: object,
    extra: Record<string, string> = {},
  ) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...extra },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (res.status >= 300)
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  await call(
    'POST',
    '/api/credits/grants',
    { userId, credits: 100_000, reference: 'bench' },
    {
      'x-service-token': serviceToken,
    },
  );
  const video = await call('POST', '/api/videos', {
    title: 'Bench clip',
    concept: 'A lamp that follows the sunrise.',
    platform: 'youtube_shorts',
    optimizedPrompt: 'A frosted glass lamp brightening with the sunrise, slow crane up.',
    specs: { aspectRatio: '9:16', durationSec: 4, resolution: '720x1280' },
    hashtags: [],
    roundtable: { synthesisComplete: true, messages: [] },
  });

  const times: number[] = [];
  let completedId = '';
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const generation = await call(
      'POST',
      `/api/videos/${String(video.id)}/generations`,
      {
        billing: 'credits',
        providerId: 'sandbox',
        model: 'sandbox-video',
        seconds: 4,
        size: '720x1280',
      },
      { 'idempotency-key': randomUUID() },
    );
    const id = String(generation.id);
    for (;;) {
      const state = await call('GET', `/api/generations/${id}`);
      if (state.status === 'completed') break;
      if (state.status === 'failed') throw new Error(`generation failed: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    times.push(performance.now() - started);
    completedId = id;
  }
  const p50 = median(times);
  console.info(
    `POST → completed (sandbox render ${RENDER_MS} ms, polling every ${POLL_MS} ms, ${RUNS} runs): ` +
      `median ${Math.round(p50)} ms, min ${Math.round(Math.min(...times))} ms, max ${Math.round(Math.max(...times))} ms ` +
      `(≈ ${Math.round(p50 - RENDER_MS)} ms beyond the simulated render)`,
  );

  const result = await autocannon({
    url: `${base}/api/generations/${completedId}`,
    connections: CONNECTIONS,
    duration: DURATION_SEC,
    headers: { authorization: `Bearer ${token}` },
  });
  console.info(
    `GET /api/generations/:id (completed), ${CONNECTIONS} connections, ${DURATION_SEC} s: ` +
      `${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms ` +
      `(${result['2xx']} ok, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`,
  );
  if (result.non2xx || result.errors) process.exitCode = 1;
} finally {
  await service.stop();
}
