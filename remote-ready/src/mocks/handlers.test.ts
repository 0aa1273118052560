// The mocks must answer what the real service answers: every response is parsed with the
// shared contract schema, through the real MSW service worker in Chromium.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setupWorker } from 'msw/browser';
import {
  ApiKeyList,
  CreateApiKeyResult,
  ErrorBody,
  Generation,
  MeResult,
  ProviderList,
  ShareResult,
  ValidateApiKeyResult,
  Video,
  VideoExportV1,
} from '@scenra/contracts';
import { handlers, handlersFor } from './handlers.ts';
import { DEMO_VIDEO_ID } from './fixtures.ts';

const worker = setupWorker(...handlers);
beforeAll(() => worker.start({ quiet: true, onUnhandledFrame: 'error' }));
afterAll(() => worker.stop());

const api = (path: string, init?: RequestInit) => fetch(`https://api.scenra.test${path}`, init);
const post = (path: string, body: unknown) =>
  api(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('MSW handlers', () => {
  test('GET /api/me per persona follows MeResult', async () => {
    for (const persona of ['free', 'byok', 'premium'] as const) {
      worker.use(...handlersFor(persona));
      const me = MeResult.parse(await (await api('/api/me')).json());
      expect(me.user.tier).toBe(persona === 'premium' ? 'premium' : 'free');
      expect(me.keys.length).toBe(persona === 'free' ? 0 : 1);
      worker.resetHandlers();
    }
  });

  test('video, providers, keys, share, export and generation responses follow the contracts', async () => {
    Video.parse(await (await api(`/api/videos/${DEMO_VIDEO_ID}`)).json());
    ProviderList.parse(await (await api('/api/providers')).json());
    ApiKeyList.parse(await (await api('/api/user/api-keys')).json());
    const created = await post('/api/user/api-keys', {
      provider: 'sandbox',
      apiKey: 'sk-test-wxyz',
    });
    expect(created.status).toBe(201);
    expect(CreateApiKeyResult.parse(await created.json()).masked).toBe('••••wxyz');
    ValidateApiKeyResult.parse(await (await post('/api/user/api-keys/x/validate', {})).json());
    ShareResult.parse(await (await post(`/api/videos/${DEMO_VIDEO_ID}/share`, {})).json());
    VideoExportV1.parse(
      await (await api(`/api/videos/${DEMO_VIDEO_ID}/export?format=json`)).json(),
    );
    expect(await (await api(`/api/videos/${DEMO_VIDEO_ID}/export?format=md`)).text()).toContain(
      '# Tom and Lyle',
    );
    const started = await post(`/api/videos/${DEMO_VIDEO_ID}/generations`, {});
    expect(started.status).toBe(202);
    Generation.parse(await started.json());
  });

  test('errors use the service error body', async () => {
    const missing = await api('/api/videos/65f0000000000000000000ff');
    expect(missing.status).toBe(404);
    ErrorBody.parse(await missing.json());
    const bad = await post('/api/user/api-keys', { provider: 'sandbox', apiKey: 'short' });
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(await bad.json()).error.message).toContain('apiKey');
    worker.use(...handlersFor('free'));
    const upgrade = await post(`/api/videos/${DEMO_VIDEO_ID}/generations`, {});
    expect(upgrade.status).toBe(402);
    worker.resetHandlers();
  });
});
