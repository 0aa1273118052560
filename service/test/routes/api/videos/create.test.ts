import { describe, expect, it } from 'vitest';
import { Video } from '@scenra/contracts';
import { bearer, build } from '#test/helpers/build.ts';
import { newUserId, videoBody } from '#test/helpers/videos.ts';

describe('POST /api/videos', async () => {
  const app = await build();
  const me = newUserId();

  it('creates a video I can then open, with its id in Location', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/videos',
      headers: bearer(app, me),
      payload: videoBody(),
    });
    expect(res.statusCode).toBe(201);
    const created = Video.parse(res.json());
    expect(res.headers.location).toBe(`/api/videos/${created.id}`);
    expect(created.optimizedPrompt).toBe(videoBody().optimizedPrompt);
    const read = await app.inject({
      method: 'GET',
      url: `/api/videos/${created.id}`,
      headers: bearer(app, me),
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);
  });

  it('names the invalid field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/videos',
      headers: bearer(app, me),
      payload: videoBody({ specs: { ...videoBody().specs, aspectRatio: 'wide' } }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_input');
    expect(res.json().error.details[0].field).toBe('specs.aspectRatio');
  });

  it('refuses a prompt over the contract bound, and a body over BODY_LIMIT with 413', async () => {
    const tooLong = await app.inject({
      method: 'POST',
      url: '/api/videos',
      headers: bearer(app, me),
      payload: videoBody({ optimizedPrompt: 'x'.repeat(8001) }),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0].field).toBe('optimizedPrompt');
    const huge = await app.inject({
      method: 'POST',
      url: '/api/videos',
      headers: { ...bearer(app, me), 'content-type': 'application/json' },
      payload: JSON.stringify({ ...videoBody(), concept: 'y'.repeat(300 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('needs a signed-in user', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/videos', payload: videoBody() });
    expect(res.statusCode).toBe(401);
  });
});
