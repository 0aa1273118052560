// The one set of API mocks (MSW) shared by Storybook and the browser tests. Paths match on
// any origin (`*/api/...`), so a dashboard pointed at any `api.baseUrl` is served.
// `handlersFor(persona)` gives a demo user's view; `handlers` is the default (own key).
import { http, HttpResponse, delay, type RequestHandler } from 'msw';
import {
  videoToMarkdown,
  toVideoExport,
  type ApiKeyList,
  type CreateApiKeyResult,
  type ErrorBody,
  type Generation,
  type Persona,
  type ShareResult,
  type ValidateApiKeyResult,
} from '@scenra/contracts';
import { DEMO_VIDEO_ID, demoVideo, keySummary, meFor, providers } from './fixtures.ts';

const NOW = '2026-11-26T10:05:00.000Z';

/** The service's error body, `{"error":{"code","message","details?"}}`. */
export function apiError(status: number, code: string, message: string, details?: unknown) {
  const body: ErrorBody = {
    error: { code, message, ...(details === undefined ? {} : { details }) },
  };
  return HttpResponse.json(body, { status });
}

const notFound = () => apiError(404, 'not_found', 'No such video.');

export function handlersFor(persona: Persona): RequestHandler[] {
  const me = meFor(persona);
  return [
    http.get('*/api/me', () => HttpResponse.json(me)),
    http.get('*/api/providers', () => HttpResponse.json({ providers })),

    http.get('*/api/videos/:id', ({ params }) =>
      params.id === DEMO_VIDEO_ID ? HttpResponse.json(demoVideo) : notFound(),
    ),

    http.get('*/api/user/api-keys', () =>
      HttpResponse.json({ keys: me.keys } satisfies ApiKeyList),
    ),
    http.post('*/api/user/api-keys', async ({ request }) => {
      const body = (await request.json().catch(() => null)) as {
        provider?: unknown;
        apiKey?: unknown;
      } | null;
      if (typeof body?.apiKey !== 'string' || body.apiKey.trim().length < 8) {
        return apiError(400, 'invalid_body', 'apiKey must be at least 8 characters', [
          { path: ['apiKey'], message: 'must be at least 8 characters' },
        ]);
      }
      const created: CreateApiKeyResult = {
        ...keySummary({
          provider: String(body.provider ?? 'sandbox'),
          masked: `••••${body.apiKey.trim().slice(-4)}`,
        }),
        warnings: [],
      };
      return HttpResponse.json(created, { status: 201 });
    }),
    http.delete('*/api/user/api-keys/:id', () => new HttpResponse(null, { status: 204 })),
    http.post('*/api/user/api-keys/:id/validate', async () => {
      await delay(300);
      const result: ValidateApiKeyResult = {
        isValid: true,
        status: 'valid',
        checkedAt: NOW,
        outcome: 'checked',
        message: 'The provider accepted this key.',
      };
      return HttpResponse.json(result);
    }),

    http.post('*/api/videos/:id/share', ({ params, request }) => {
      if (params.id !== DEMO_VIDEO_ID) return notFound();
      const share: ShareResult = {
        id: '65f0000000000000000000c1',
        videoId: DEMO_VIDEO_ID,
        url: `${new URL(request.url).origin}/share/demo-share-token`,
        token: 'demo-share-token',
        includeSpecs: true,
        expiresAt: null,
        views: 0,
        createdAt: NOW,
        created: true,
      };
      return HttpResponse.json(share, { status: 201 });
    }),
    http.delete('*/api/videos/:id/share', () => new HttpResponse(null, { status: 204 })),

    http.get('*/api/videos/:id/export', ({ params, request }) => {
      if (params.id !== DEMO_VIDEO_ID) return notFound();
      const format = new URL(request.url).searchParams.get('format');
      if (format === 'json') return HttpResponse.json(toVideoExport(demoVideo, new Date(NOW)));
      if (format === 'md')
        return HttpResponse.text(videoToMarkdown(demoVideo), {
          headers: { 'content-type': 'text/markdown; charset=utf-8' },
        });
      if (format === 'pdf') {
        // A minimal valid PDF header is enough for a download in a story.
        return new HttpResponse('%PDF-1.4\n%demo\n', {
          headers: { 'content-type': 'application/pdf' },
        });
      }
      return apiError(400, 'invalid_query', 'format must be one of json, md, pdf', [
        { path: ['format'], message: 'invalid' },
      ]);
    }),

    http.post('*/api/videos/:id/generations', async () => {
      if (persona === 'free')
        return apiError(
          402,
          'upgrade_required',
          'Generating needs Scenra Premium or your own API key.',
        );
      await delay(200);
      return HttpResponse.json(generation('queued', 0), { status: 202 });
    }),
    http.get('*/api/generations/:id', () => HttpResponse.json(generation('completed', 100))),
  ];
}

function generation(status: Generation['status'], progress: number): Generation {
  return {
    id: '65f0000000000000000000d1',
    videoId: DEMO_VIDEO_ID,
    providerId: 'sandbox',
    model: 'sandbox-video-1',
    seconds: 8,
    size: '720x1280',
    billing: 'byok',
    keyId: '65f0000000000000000000a1',
    status,
    progress,
    estimate: { usd: 0.8, credits: 8 },
    creditsCharged: 0,
    refunded: false,
    createdAt: NOW,
    ...(status === 'completed'
      ? { completedAt: NOW, contentUrl: '/api/generations/65f0000000000000000000d1/content' }
      : {}),
  };
}

/** The default mocks: the demo user who brought their own key. */
export const handlers: RequestHandler[] = handlersFor('byok');
