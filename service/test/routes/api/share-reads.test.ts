import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { mongo } from 'mongoose';
import { shareModel } from '#src/models/share.ts';
import { SHORT_LIVED_TTL_MS } from '#src/lib/short-lived-cache.ts';
import { refreshShareSnapshot } from '#src/services/share-snapshot.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

/** The reads (find/aggregate) `app` sends to the database while `fn` runs, by collection. */
async function readsDuring(app: FastifyInstance, fn: () => Promise<unknown>) {
  const reads: string[] = [];
  const listener = (event: mongo.CommandStartedEvent) => {
    if (event.commandName === 'find' || event.commandName === 'aggregate')
      reads.push(String(event.command[event.commandName]));
  };
  // The test harness turns command monitoring on for every connection.
  app.db.getClient().on('commandStarted', listener);
  try {
    await fn();
  } finally {
    app.db.getClient().off('commandStarted', listener);
  }
  return reads;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the public share path reads little', async () => {
  const app = await build();
  // A second instance of the service on the same database.
  const other = await build({ MONGODB_URI: app.config.mongodbUri, DATA_DIR: app.config.dataDir });

  async function newShare(payload: object = {}) {
    const owner = newUserId();
    const video = await createVideo(app, owner);
    const res = await app.inject({
      method: 'POST',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(app, owner),
      payload,
    });
    const { token, id } = res.json() as { token: string; id: string };
    return { owner, video, token, id };
  }

  it('reads one share row per view, and nothing while it is cached', async () => {
    const { token } = await newShare();
    const first = await readsDuring(app, () =>
      app.inject({ method: 'GET', url: `/api/share/${token}` }),
    );
    expect(first).toEqual(['shares']);
    const again = await readsDuring(app, async () => {
      expect((await app.inject({ method: 'GET', url: `/share/${token}` })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: `/api/share/${token}` })).statusCode).toBe(
        200,
      );
    });
    expect(again).toEqual([]);
  });

  it('stops serving a link revoked on this instance at once', async () => {
    const { owner, video, token } = await newShare();
    expect((await app.inject({ method: 'GET', url: `/api/share/${token}` })).statusCode).toBe(200);
    await app.inject({
      method: 'DELETE',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(app, owner),
    });
    expect((await app.inject({ method: 'GET', url: `/api/share/${token}` })).statusCode).toBe(404);
  });

  it('stops serving a link revoked on another instance within its cache lifetime', async () => {
    const { owner, video, token } = await newShare();
    expect((await app.inject({ method: 'GET', url: `/share/${token}` })).statusCode).toBe(200);
    const revoked = await other.inject({
      method: 'DELETE',
      url: `/api/videos/${video.id}/share`,
      headers: bearer(other, owner),
    });
    expect(revoked.statusCode).toBe(204);
    await wait(SHORT_LIVED_TTL_MS);
    expect((await app.inject({ method: 'GET', url: `/share/${token}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/share/${token}` })).statusCode).toBe(404);
  });

  it('shows the settings a link has now once its snapshot is refreshed', async () => {
    const { id, token } = await newShare({ includeSpecs: true });
    expect((await app.inject({ method: 'GET', url: `/api/share/${token}` })).json()).toHaveProperty(
      'specs',
    );
    await shareModel(app.db).updateOne({ _id: id }, { $set: { includeSpecs: false } });
    const share = await shareModel(app.db).findById(id).lean();
    await refreshShareSnapshot(app, share!);
    const body = (await app.inject({ method: 'GET', url: `/api/share/${token}` })).json();
    expect(body).not.toHaveProperty('specs');
    expect(body).not.toHaveProperty('hashtags');
  });

  it('still serves a link stored before snapshots, from its video', async () => {
    const { id, token, video } = await newShare({ includeSpecs: true });
    await shareModel(app.db).updateOne({ _id: id }, { $set: { snapshot: null } });
    app.publicShares.forget(id);
    const reads = await readsDuring(app, async () => {
      const body = (await app.inject({ method: 'GET', url: `/api/share/${token}` })).json();
      expect(body).toMatchObject({ title: video.title, specs: video.specs });
    });
    expect(reads).toEqual(['shares', 'videos']);
  });
});
