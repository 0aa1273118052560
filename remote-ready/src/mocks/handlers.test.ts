// The mocks must answer what the real service answers: every response is parsed with the
// shared contract schema, through the real MSW service worker in Chromium.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setupWorker } from 'msw/browser';
import {
  ActiveShare,
  ApiKeyAuditList,
  ShareConflictDetails,
  ShareLink,
  ApiKeyList,
  CreateApiKeyResult,
  ErrorBody,
  Generation,
  MeResult,
  ProviderList,
  ShareList,
  ShareResult,
  ValidateApiKeyResult,
  Video,
  VideoExportV1,
} from '@scenra/contracts';
import { createMockApi, handlers, handlersFor } from './handlers.ts';
import { DEMO_VIDEO_ID, keySummary } from './fixtures.ts';

const worker = setupWorker(...handlers);
beforeAll(() => worker.start({ quiet: true, onUnhandledFrame: 'error' }));
afterAll(() => worker.stop());

const byokRequest = {
  billing: 'byok',
  keyId: keySummary().id,
  providerId: 'sandbox',
  model: 'sandbox-video-1',
  seconds: 12,
  size: '720x1280',
};

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
      keyName: 'Second',
      apiKey: 'sk-test-wxyz',
    });
    expect(created.status).toBe(201);
    expect(CreateApiKeyResult.parse(await created.clone().json()).masked).toBe('••••wxyz');
    const added = CreateApiKeyResult.parse(await created.clone().json());
    const checked = ValidateApiKeyResult.parse(
      await (await post(`/api/user/api-keys/${added.id}/validate`, {})).json(),
    );
    expect(checked.status).toBe('valid');
    ApiKeyAuditList.parse(await (await api(`/api/user/api-keys/${added.id}/audit`)).json());
    ShareList.parse(await (await api('/api/user/shares')).json());
    ShareResult.parse(await (await post(`/api/videos/${DEMO_VIDEO_ID}/share`, {})).json());
    VideoExportV1.parse(
      await (await api(`/api/videos/${DEMO_VIDEO_ID}/export?format=json`)).json(),
    );
    expect(await (await api(`/api/videos/${DEMO_VIDEO_ID}/export?format=md`)).text()).toContain(
      '# Tom and Lyle',
    );
    const started = await post(`/api/videos/${DEMO_VIDEO_ID}/generations`, byokRequest);
    expect(started.status).toBe(202);
    const generation = Generation.parse(await started.json());
    const polled = Generation.parse(await (await api(`/api/generations/${generation.id}`)).json());
    expect(polled.progress).toBeGreaterThan(generation.progress);
  });

  test('errors use the service error body', async () => {
    const missing = await api('/api/videos/65f0000000000000000000ff');
    expect(missing.status).toBe(404);
    ErrorBody.parse(await missing.json());
    const bad = await post('/api/user/api-keys', { provider: 'sandbox', apiKey: 'short' });
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(await bad.json()).error.message).toContain('apiKey');
    worker.use(...handlersFor('free'));
    const upgrade = await post(`/api/videos/${DEMO_VIDEO_ID}/generations`, byokRequest);
    expect(upgrade.status).toBe(402);
    worker.resetHandlers();
  });

  test('a scenario fails as scripted, keeps its changes, and reset() restores it', async () => {
    const mock = createMockApi({ persona: 'byok', failures: { video: 1 }, latencyMs: 0 });
    worker.use(...mock.handlers);
    try {
      const first = await api(`/api/videos/${DEMO_VIDEO_ID}`);
      expect(first.status).toBe(503);
      expect(ErrorBody.parse(await first.json()).error.code).toBe('database_unavailable');
      expect((await api(`/api/videos/${DEMO_VIDEO_ID}`)).status).toBe(200);

      const key = keySummary();
      expect((await api(`/api/user/api-keys/${key.id}`, { method: 'DELETE' })).status).toBe(204);
      expect(ApiKeyList.parse(await (await api('/api/user/api-keys')).json()).keys).toEqual([]);

      mock.reset();
      expect((await api(`/api/videos/${DEMO_VIDEO_ID}`)).status).toBe(503);
      expect(ApiKeyList.parse(await (await api('/api/user/api-keys')).json()).keys).toHaveLength(1);
    } finally {
      worker.resetHandlers();
    }
  });

  test('share links answer as the service does: the active one, 409 on other settings, PATCH in place', async () => {
    const mock = createMockApi({ persona: 'byok', latencyMs: 0 });
    worker.use(...mock.handlers);
    try {
      const path = `/api/videos/${DEMO_VIDEO_ID}/share`;
      expect(ActiveShare.parse(await (await api(path)).json()).share).toBeNull();
      const made = ShareResult.parse(await (await post(path, {})).json());
      expect(ActiveShare.parse(await (await api(path)).json()).share?.url).toBe(made.url);
      const differs = await post(path, { includeSpecs: false, expiresInDays: 1 });
      expect(differs.status).toBe(409);
      const body = ErrorBody.parse(await differs.json());
      expect(body.error.code).toBe('share_settings_differ');
      expect(ShareConflictDetails.parse(body.error.details).differences).toHaveLength(2);
      const updated = ShareLink.parse(
        await (
          await api(path, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ includeSpecs: false, expiresInDays: 1 }),
          })
        ).json(),
      );
      expect(updated).toMatchObject({ url: made.url, includeSpecs: false, expiresInDays: 1 });
      const rotated = ShareResult.parse(
        await (await post(path, { includeSpecs: false, expiresInDays: 1, rotate: true })).json(),
      );
      expect(rotated.url).not.toBe(made.url);
      const list = ShareList.parse(await (await api('/api/user/shares')).json());
      expect(list.shares.map((s) => s.status)).toEqual(['active', 'replaced']);
      const refused = await post('/api/user/api-keys', {
        provider: 'sandbox',
        keyName: 'Refused',
        apiKey: 'sk-sandbox-invalid-1',
      });
      expect(refused.status).toBe(400);
      expect(ErrorBody.parse(await refused.json()).error.code).toBe('key_invalid');
    } finally {
      worker.resetHandlers();
    }
  });

  test('premium credits pay for a generation; a "keeps-running" one holds its progress', async () => {
    const mock = createMockApi({ persona: 'premium', generation: 'keeps-running', latencyMs: 0 });
    worker.use(...mock.handlers);
    try {
      const before = MeResult.parse(await (await api('/api/me')).json()).credits.balance;
      const started = Generation.parse(
        await (
          await post(`/api/videos/${DEMO_VIDEO_ID}/generations`, {
            ...byokRequest,
            billing: 'credits',
            keyId: undefined,
          })
        ).json(),
      );
      const after = MeResult.parse(await (await api('/api/me')).json()).credits.balance;
      expect(before - after).toBe(started.estimate.credits);
      let polled = started;
      for (let i = 0; i < 6; i++) {
        polled = Generation.parse(await (await api(`/api/generations/${started.id}`)).json());
      }
      expect(polled.status).toBe('in_progress');
      expect(polled.progress).toBeGreaterThan(0);
      expect(polled.progress).toBeLessThan(100);
      // The video's generations, newest first, as the dashboard reads them on load.
      const listed = await (await api(`/api/generations?videoId=${DEMO_VIDEO_ID}`)).json();
      expect(
        Generation.array()
          .parse(listed.generations)
          .map((g) => g.id),
      ).toEqual([started.id]);
    } finally {
      worker.resetHandlers();
    }
  });
});
