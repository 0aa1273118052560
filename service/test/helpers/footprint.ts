import type { FastifyInstance } from 'fastify';
import { grantCredits } from '#src/services/credits.ts';
import { bearer } from './build.ts';
import { addKey, startGeneration, waitUntilDone } from './generations.ts';
import { createVideo } from './videos.ts';

/**
 * Everything one premium user can leave behind, made through the API: a key, a video with a
 * share link that was viewed, a stored PDF, a finished generation with its file, and credits.
 * The app must listen (the sandbox provider is called over HTTP).
 */
export async function makeFootprint(app: FastifyInstance, userId: string) {
  const user = { id: userId, tier: 'premium' as const };
  await grantCredits(app.db, userId, 'order-test-1', 50);
  const key = await addKey(app, user, 'sk-sandbox-valid-footprint-0001');
  const video = await createVideo(app, userId, {}, 'premium');
  const share = await app.inject({
    method: 'POST',
    url: `/api/videos/${video.id}/share`,
    headers: bearer(app, userId, 'premium'),
    payload: {},
  });
  const token: string = share.json().token;
  const view = await app.inject({ url: `/api/share/${token}` });
  if (view.statusCode !== 200) throw new Error(`viewing the share failed: ${view.statusCode}`);
  const pdf = await app.inject({
    url: `/api/videos/${video.id}/export?format=pdf`,
    headers: bearer(app, userId, 'premium'),
  });
  if (pdf.statusCode !== 200) throw new Error(`the PDF export failed: ${pdf.statusCode}`);
  const started = await startGeneration(app, user, video.id);
  const generation = await waitUntilDone(app, user, started.json().id);
  if (generation.status !== 'completed') throw new Error(`generation ${generation.status}`);
  return { user, key, video, token, generation };
}
