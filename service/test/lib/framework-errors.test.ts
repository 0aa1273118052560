import { describe, expect, it } from 'vitest';
import { ErrorBody } from '@scenra/contracts';
import { bearer, build } from '#test/helpers/build.ts';
import { newUserId } from '#test/helpers/videos.ts';

// Found by fuzzing (service/scripts/fuzz.mjs): URLs the router refuses before any route runs
// left with Fastify's own body, which echoed the path (a share token sits in it).
describe('URLs refused by the router', async () => {
  const app = await build();
  const auth = bearer(app, newUserId());

  it('lets a path parameter past the schema limit reach validation: 400 naming the field', async () => {
    for (const url of [`/api/share/${'0'.repeat(201)}`, `/share/${'0'.repeat(201)}`]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = ErrorBody.parse(res.json());
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.details).toEqual([{ field: 'token', message: expect.any(String) }]);
    }
  });

  it('answers a parameter too long for the router with 414 and the error body, without echoing it', async () => {
    const token = 'secret-token-'.repeat(50);
    const res = await app.inject({ method: 'GET', url: `/api/share/${token}` });
    expect(res.statusCode).toBe(414);
    expect(ErrorBody.parse(res.json()).error.code).toBe('uri_too_long');
    expect(res.body).not.toContain('secret-token');
  });

  it('answers an undecodable URL with 400 and the error body, without echoing it', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/videos/%E0%A4%A', headers: auth });
    expect(res.statusCode).toBe(400);
    expect(ErrorBody.parse(res.json()).error.code).toBe('invalid_request');
    expect(res.body).not.toContain('%E0');
  });
});

// Found by fuzzing: a known path with a method it does not answer said 404 "no route".
describe('a method the path does not answer', async () => {
  const app = await build();
  const auth = bearer(app, newUserId());

  it('gets 405 with Allow listing the methods that path answers', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/api/videos', headers: auth });
    expect(res.statusCode).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD, POST');
    expect(ErrorBody.parse(res.json()).error).toMatchObject({
      code: 'method_not_allowed',
      message: 'DELETE is not supported here. Use GET, HEAD, POST.',
    });

    const withParam = await app.inject({ method: 'PUT', url: '/api/share/abc/' });
    expect(withParam.statusCode).toBe(405);
    expect(withParam.headers['allow']).toBe('GET, HEAD');
  });

  it('leaves an unknown path a 404', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/api/nothing-here', headers: auth });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route_not_found');
  });
});
