import { Types } from 'mongoose';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { bearer, build } from '#test/helpers/build.ts';
import { createVideo, newUserId } from '#test/helpers/videos.ts';

type Schema = { $ref?: string; properties?: Record<string, Schema>; required?: string[] };
type Response = { content?: Record<string, { schema?: Schema }> };
type Operation = {
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  requestBody?: unknown;
  responses: Record<string, Response>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const methods = ['get', 'post', 'put', 'patch', 'delete'];

describe('GET /api/openapi.json', async () => {
  const app = await build({ DEV_AUTH: '1' });
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  const doc = res.json() as Document;
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => ({ path, method, operation, name: `${method} ${path}` })),
  );
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? doc.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;

  /** Fails unless the document declares this answer's status and content type for the route. */
  function expectDocumented(method: string, path: string, answer: LightMyRequestResponse) {
    const responses = doc.paths[path]?.[method]?.responses ?? {};
    const declared = responses[String(answer.statusCode)];
    expect(declared, `${method} ${path} → ${answer.statusCode} is not documented`).toBeDefined();
    const type = String(answer.headers['content-type'] ?? '').split(';')[0]!;
    if (answer.statusCode !== 304 && declared!.content) {
      expect(Object.keys(declared!.content), `${method} ${path} → ${answer.statusCode}`).toContain(
        type,
      );
    }
  }

  it('documents the routes from their zod schemas', () => {
    expect(res.statusCode).toBe(200);
    expect(doc.paths['/api/videos/{id}']!.get!.responses['200']).toBeDefined();
    expect(
      (doc.paths['/api/dev/session']!.post!.requestBody as Record<string, never>)['content'],
    ).toMatchObject({
      'application/json': {
        schema: { properties: { persona: { enum: ['free', 'byok', 'premium'] } } },
      },
    });
  });

  it('gives every operation tags, a success answer, and the error body for every error', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const { name, operation } of operations) {
      expect(operation.tags?.length, name).toBeGreaterThan(0);
      const codes = Object.keys(operation.responses);
      expect(
        codes.some((code) => /^2\d\d$/.test(code)),
        name,
      ).toBe(true);
      // The database can be down under any route; bodies can be too large or not JSON.
      expect(codes, name).toContain('503');
      if (operation.requestBody)
        expect(codes, name).toEqual(expect.arrayContaining(['400', '413', '415']));
      for (const code of codes.filter((c) => /^[45]\d\d$/.test(c))) {
        const json = operation.responses[code]!.content?.['application/json'];
        if (!json) continue; // the public share page's 404 is an HTML page
        const error = resolve(resolve(json.schema)?.properties?.['error']);
        expect(error?.required, `${name} ${code}`).toEqual(
          expect.arrayContaining(['code', 'message']),
        );
      }
    }
  });

  it('marks exactly the routes that need a token, and each answers 401 without one', async () => {
    const id = new Types.ObjectId().toString();
    const publicRoutes = [
      'get /api/health',
      'get /api/share/{token}',
      'get /share/{token}',
      'get /share/{token}/image.png',
      'post /api/dev/session',
    ];
    for (const { name, method, path, operation } of operations) {
      const schemes = (operation.security ?? []).flatMap((s) => Object.keys(s));
      if (publicRoutes.includes(name)) {
        expect(schemes, name).toEqual([]);
        continue;
      }
      expect(schemes.length, `${name} declares no security`).toBeGreaterThan(0);
      const answer = await app.inject({
        method: method.toUpperCase() as 'GET',
        url: path.replace(/\{[^}]+\}/g, id),
        ...(operation.requestBody ? { payload: {} } : {}),
      });
      expect(answer.statusCode, name).toBe(401);
      expect(answer.json().error.code, name).toBe('unauthorized');
      expect(operation.responses['401'], name).toBeDefined();
    }
  });

  // Found by fuzzing (service/scripts/fuzz.mjs): answers the document did not declare.
  it('declares what the export and the public share views really answer', async () => {
    const userId = newUserId();
    const video = await createVideo(app, userId);
    const auth = bearer(app, userId);
    for (const format of ['json', 'md', 'pdf']) {
      const file = await app.inject({
        method: 'GET',
        url: `/api/videos/${video.id}/export?format=${format}`,
        headers: auth,
      });
      expect(file.statusCode).toBe(200);
      expectDocumented('get', '/api/videos/{id}/export', file);
    }
    const unknown = 'x'.repeat(43);
    for (const [path, url] of [
      ['/share/{token}', (token: string) => `/share/${token}`],
      ['/share/{token}/image.png', (token: string) => `/share/${token}/image.png`],
      ['/api/share/{token}', (token: string) => `/api/share/${token}`],
    ] as const) {
      const missing = await app.inject({ method: 'GET', url: url(unknown) });
      expect(missing.statusCode).toBe(404);
      expectDocumented('get', path, missing);
      const tooLong = await app.inject({ method: 'GET', url: url(unknown + 'x'.repeat(200)) });
      expect(tooLong.statusCode).toBe(400);
      expectDocumented('get', path, tooLong);
    }
  });
});
