import { Types } from 'mongoose';
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, describe, expect, it } from 'vitest';
import { generationCopyModel } from '#src/models/generation-copy.ts';
import { grantCredits } from '#src/services/credits.ts';
import { build } from '#test/helpers/build.ts';
import { readGeneration, startGeneration, waitUntilDone } from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

/**
 * A download that breaks half-way is a fault the sandbox cannot produce (it always serves the
 * whole file), so msw cuts the first transfer short; every other request reaches the sandbox.
 */
describe('copying a finished video when the first download breaks', async () => {
  const app = await build({ SANDBOX_RENDER_MS: '300' }, { listen: true });
  let broken = 0;
  const mock = setupServer(
    http.get('*/sandbox/v1/videos/:id/content', () => {
      if (broken > 0) return passthrough();
      broken += 1;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(1000));
          controller.error(new Error('connection reset by the provider'));
        },
      });
      return new HttpResponse(stream, { headers: { 'content-type': 'video/mp4' } });
    }),
  );
  mock.listen({ onUnhandledFrame: 'bypass' });
  afterAll(() => mock.close());

  it('leaves no partial file, and the next read copies it once', async () => {
    const u = { id: newUserId(), tier: 'premium' as const };
    await grantCredits(app.db, u.id, 'test', 1000);
    const video = await createVideo(app, u.id, {}, 'premium');
    const id: string = (await startGeneration(app, u, video.id)).json().id;
    await new Promise((resolve) => setTimeout(resolve, 350));

    const first = await readGeneration(app, u, id);
    expect(first.json()).toMatchObject({ status: 'in_progress', progress: 100 });
    expect(broken).toBe(1);
    const files = () =>
      app.db
        .db!.collection('generated_videos.files')
        .countDocuments({ 'metadata.generationId': new Types.ObjectId(id) });
    expect(await files()).toBe(0);

    const done = await waitUntilDone(app, u, id);
    expect(done.status).toBe('completed');
    expect(done.contentBytes).toBeGreaterThan(1000);
    expect(await files()).toBe(1);
    const claims = await generationCopyModel(app.db)
      .find({ generationId: new Types.ObjectId(id) })
      .sort({ attempt: 1 })
      .lean();
    expect(claims.map((c) => c.attempt)).toEqual([0, 1]);
  });
});
