import { describe, expect, it } from 'vitest';
import { auditEventModel } from '#src/models/audit-event.ts';
import { generationModel } from '#src/models/generation.ts';
import { videoPdfModel } from '#src/models/video-pdf.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { makeFootprint } from '#test/helpers/footprint.ts';
import { startGeneration } from '#test/helpers/generations.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';
import { grantCredits } from '#src/services/credits.ts';

describe('DELETE /api/videos/:id', async () => {
  const app = await build({ SANDBOX_RENDER_MS: '300' }, { listen: true });
  const remove = (userId: string, videoId: string) =>
    app.inject({
      method: 'DELETE',
      url: `/api/videos/${videoId}`,
      headers: bearer(app, userId, 'premium'),
    });

  it('removes the video, revokes its link, removes its files and keeps an audit row', async () => {
    const me = newUserId();
    const { video, token, generation } = await makeFootprint(app, me);
    const generationDoc = await generationModel(app.db).findById(generation.id).lean();
    const fileId = generationDoc!.contentFileId!.toString();
    expect(await app.storage.stat(fileId)).toBeDefined();

    const res = await remove(me, video.id);
    expect(res.statusCode).toBe(204);

    const auth = bearer(app, me, 'premium');
    expect((await app.inject({ url: `/api/videos/${video.id}`, headers: auth })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ url: `/api/share/${token}` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/share/${token}` })).statusCode).toBe(404);
    expect(await app.storage.stat(fileId)).toBeUndefined();
    expect(await generationModel(app.db).countDocuments({ _id: generation.id })).toBe(0);
    expect(await videoPdfModel(app.db).countDocuments({ _id: video.id })).toBe(0);
    const content = await app.inject({
      url: `/api/generations/${generation.id}/content`,
      headers: auth,
    });
    expect(content.statusCode).toBe(404);
    const links = (await app.inject({ url: '/api/user/shares', headers: auth })).json().shares;
    expect(links).toEqual([expect.objectContaining({ videoId: video.id, status: 'revoked' })]);
    const audit = await auditEventModel(app.db)
      .find({ userId: me, action: 'video.deleted' })
      .lean();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.outcome).toBe(`video:${video.id} links:1 files:1`);
    // Deleting again: it is gone.
    expect((await remove(me, video.id)).statusCode).toBe(404);
  });

  it("answers 404 for another user's video and leaves it alone", async () => {
    const owner = newUserId();
    const video = await createVideo(app, owner);
    expect((await remove(newUserId(), video.id)).statusCode).toBe(404);
    const stillThere = await app.inject({
      url: `/api/videos/${video.id}`,
      headers: bearer(app, owner),
    });
    expect(stillThere.statusCode).toBe(200);
  });

  it('refuses while a generation is still rendering (its credits settle first)', async () => {
    const slow = await build({ SANDBOX_RENDER_MS: '60000' }, { listen: true });
    const user = { id: newUserId(), tier: 'premium' as const };
    await grantCredits(slow.db, user.id, 'test', 100);
    const video = await createVideo(slow, user.id, {}, 'premium');
    expect((await startGeneration(slow, user, video.id)).statusCode).toBe(202);
    const res = await slow.inject({
      method: 'DELETE',
      url: `/api/videos/${video.id}`,
      headers: bearer(slow, user.id, 'premium'),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('generation_active');
  });
});
