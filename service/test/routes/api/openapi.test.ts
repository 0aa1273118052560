import { describe, expect, it } from 'vitest';
import { build } from '../../helpers/build.ts';

describe('GET /api/openapi.json', () => {
  it('documents the routes from their zod schemas', async () => {
    const app = await build({ DEV_AUTH: '1' });
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/videos/{id}'].get.parameters[0]).toMatchObject({
      name: 'id',
      in: 'path',
    });
    expect(
      doc.paths['/api/dev/session'].post.requestBody.content['application/json'].schema.properties
        .persona.enum,
    ).toEqual(['free', 'byok', 'premium']);
  });
});
