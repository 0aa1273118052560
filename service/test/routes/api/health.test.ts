import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorBody, HealthResult } from '@scenra/contracts';
import { startFerretDB } from '@scenra/devstack/ferretdb';
import { freePort } from '@scenra/devstack/ports';
import { build } from '#test/helpers/build.ts';

describe('GET /api/health', () => {
  it('is ok while the database is up', async () => {
    const app = await build();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(HealthResult.parse(res.json())).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('answers 503 with the error body once the database is gone, and recovers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scenra-health-'));
    const port = await freePort();
    const ferret = await startFerretDB({ port, dataDir });
    const app = await build({ MONGODB_URI: ferret.uri });
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

    await ferret.stop();
    const down = await app.inject({ method: 'GET', url: '/api/health' });
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    const body = ErrorBody.parse(down.json());
    expect(body.error.code).toBe('database_unavailable');
    expect(down.body).not.toMatch(/at .+\.(ts|js):\d+/);

    const again = await startFerretDB({ port, dataDir });
    try {
      await expect
        .poll(async () => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode, {
          timeout: 15_000,
        })
        .toBe(200);
    } finally {
      await again.stop();
    }
  });
});
