import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Generation, StartGenerationBody } from '@scenra/contracts';
import { bearer } from './build.ts';

export type Tier = 'free' | 'premium';

/** A sandbox generation request; tests override what they are about. */
export function generationBody(overrides: Partial<StartGenerationBody> = {}): StartGenerationBody {
  return {
    billing: 'credits',
    providerId: 'sandbox',
    model: 'sandbox-video',
    seconds: 4,
    size: '720x1280',
    ...overrides,
  } as StartGenerationBody;
}

export function startGeneration(
  app: FastifyInstance,
  user: { id: string; tier: Tier },
  videoId: string,
  body: Partial<StartGenerationBody> = {},
  idempotencyKey: string = randomUUID(),
) {
  return app.inject({
    method: 'POST',
    url: `/api/videos/${videoId}/generations`,
    headers: { ...bearer(app, user.id, user.tier), 'idempotency-key': idempotencyKey },
    payload: generationBody(body),
  });
}

export function readGeneration(
  app: FastifyInstance,
  user: { id: string; tier: Tier },
  generationId: string,
) {
  return app.inject({
    method: 'GET',
    url: `/api/generations/${generationId}`,
    headers: bearer(app, user.id, user.tier),
  });
}

/** Reads the generation until it is completed or failed (the way the dashboard polls). */
export async function waitUntilDone(
  app: FastifyInstance,
  user: { id: string; tier: Tier },
  generationId: string,
  timeoutMs = 15_000,
): Promise<Generation> {
  const deadline = Date.now() + timeoutMs;
  const seen: string[] = [];
  while (Date.now() < deadline) {
    const res = await readGeneration(app, user, generationId);
    if (res.statusCode !== 200) throw new Error(`reading failed: ${res.statusCode} ${res.body}`);
    const generation = res.json() as Generation;
    seen.push(`${generation.status}:${generation.progress}`);
    if (generation.status === 'completed' || generation.status === 'failed') return generation;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`generation ${generationId} did not finish; saw ${seen.join(' ')}`);
}

/** Stores a provider key for the user through the API (the provider checks it first). */
export async function addKey(
  app: FastifyInstance,
  user: { id: string; tier: Tier },
  apiKey: string,
  provider = 'sandbox',
): Promise<{ id: string; status: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/user/api-keys',
    headers: bearer(app, user.id, user.tier),
    payload: { provider, apiKey, keyName: `key-${randomUUID().slice(0, 8)}` },
  });
  if (res.statusCode !== 201) throw new Error(`adding a key failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function downloadContent(
  app: FastifyInstance,
  user: { id: string; tier: Tier },
  generationId: string,
  headers: Record<string, string> = {},
  method: 'GET' | 'HEAD' = 'GET',
) {
  return app.inject({
    method,
    url: `/api/generations/${generationId}/content`,
    headers: { ...bearer(app, user.id, user.tier), ...headers },
  });
}
