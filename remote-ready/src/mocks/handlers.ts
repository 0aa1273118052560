// The one set of API mocks (MSW) shared by Storybook and the browser tests. Paths match on
// any origin (`*/api/...`), so a dashboard pointed at any `api.baseUrl` is served.
// `createMockApi(scenario)` is a small in-memory service for one story or test: keys, shares,
// credits and generations change as the real service would change them, and `reset()` puts
// the scenario back. `handlersFor(persona)` gives a demo user's view; `handlers` is the
// default (the user who brought their own key).
import type { z } from 'zod';
import { http, HttpResponse, delay, type RequestHandler } from 'msw';
import {
  CreateApiKeyBody,
  CreateShareBody,
  UpdateShareBody,
  shareConflictMessage,
  DEFAULT_KEY_NAME,
  StartGenerationBody,
  UPGRADE_OPTIONS,
  upgradeRequiredMessages,
  estimateCost,
  maskKey,
  toVideoExport,
  videoToMarkdown,
  type ApiKeyAuditList,
  type ApiKeyList,
  type ApiKeySummary,
  type ApiKeyWarning,
  type CreateApiKeyResult,
  type ErrorBody,
  type FieldIssue,
  type Generation,
  type MeResult,
  type Persona,
  type UpgradeReason,
  type ActiveShare,
  type ShareConflictDetails,
  type ShareDifference,
  type ShareExpiryDays,
  type ShareLink,
  type ShareList,
  type ShareResult,
  type ShareSummary,
  type ValidateApiKeyResult,
  type Video,
  type VideoList,
} from '@scenra/contracts';
import { DEMO_VIDEO_ID, demoVideo, meFor, providers } from './fixtures.ts';

/** The service's error body, `{"error":{"code","message","details?"}}`. */
export function apiError(status: number, code: string, message: string, details?: unknown) {
  const body: ErrorBody = {
    error: { code, message, ...(details === undefined ? {} : { details }) },
  };
  return HttpResponse.json(body, { status });
}

/** A 400 naming the bad field, as the service's validation answers. */
const invalidInput = (issues: FieldIssue[]) =>
  apiError(400, 'invalid_input', `${issues[0]!.field}: ${issues[0]!.message}`, issues);

const notFound = (what: string) => apiError(404, 'not_found', `${what} was not found.`);

/**
 * Reads a JSON body with the contract's schema, as the service's route validation does:
 * the data, or the 400 to answer naming every bad field. `empty` is the body when none was sent.
 */
async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  empty: unknown = null,
): Promise<{ data: z.infer<S> } | { response: Response }> {
  const parsed = schema.safeParse(await request.json().catch(() => empty));
  if (parsed.success) return { data: parsed.data };
  return {
    response: invalidInput(
      parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })),
    ),
  };
}

/** Endpoints a scenario can make fail (see `MockScenario.failures`). */
export type MockEndpoint =
  'video' | 'videos' | 'me' | 'providers' | 'keys' | 'shares' | 'share' | 'generation';

/** How a started generation behaves. */
export type GenerationBehaviour =
  /** Progresses on every poll and completes. */
  | 'completes'
  /** Progresses on every poll, then keeps rendering (a story can show "Generating…" for good). */
  | 'keeps-running'
  /** The provider refuses the user's key halfway (their key is then marked invalid). */
  | 'key-rejected';

export interface MockScenario {
  /** Whose view: tier, credits and keys default to that demo user's. */
  persona?: Persona;
  /** The user's stored keys, instead of the persona's. */
  keys?: ApiKeySummary[];
  credits?: number;
  /** The user's share links (settings). */
  shares?: ShareSummary[];
  generation?: GenerationBehaviour;
  /** Generations the video already has (newest first), e.g. one still rendering. */
  generations?: Generation[];
  /** Changes to the demo video, e.g. a roundtable still synthesizing. */
  video?: Partial<Video>;
  /** How many first requests to an endpoint answer 503 (`Infinity`: all of them). */
  failures?: Partial<Record<MockEndpoint, number>>;
  /** Endpoints that never answer (to show loading states). */
  pending?: MockEndpoint[];
  /** Milliseconds every answer takes (default 150: long enough to see loading states). */
  latencyMs?: number;
}

export interface MockApi {
  handlers: RequestHandler[];
  /** Back to the scenario's starting data (call before each story or test). */
  reset(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Progress a generation makes per poll. */
const PROGRESS_STEP = 25;
/** Where a "keeps-running" generation stays. */
export const PROGRESS_HOLD = 65;

let nextId = 0x100;
/** A fresh 24-hex id, like MongoDB's. */
const objectId = () => `65f0000000000000000${(nextId++).toString(16).padStart(5, '0')}`;

const now = () => new Date().toISOString();

export function createMockApi(scenario: MockScenario = {}): MockApi {
  const persona = scenario.persona ?? 'byok';
  const base = meFor(persona);
  const latency = scenario.latencyMs ?? 150;
  const pending = new Set(scenario.pending ?? []);

  let keys: ApiKeySummary[] = [];
  let shares: MockShare[] = [];
  let credits = 0;
  let videoDeleted = false;
  let failuresLeft: Partial<Record<MockEndpoint, number>> = {};
  const generations = new Map<string, Generation>();

  const reset = () => {
    keys = structuredClone(scenario.keys ?? base.keys);
    shares = structuredClone(scenario.shares ?? []).map((share) => ({
      ...share,
      expiresInDays: share.expiresAt ? 7 : null,
    }));
    credits = scenario.credits ?? base.credits.balance;
    failuresLeft = { ...scenario.failures };
    generations.clear();
    for (const generation of structuredClone(scenario.generations ?? []))
      generations.set(generation.id, generation);
    videoDeleted = false;
  };
  reset();

  /** Latency, a never-answering endpoint, or one of its scripted failures; undefined = answer. */
  const gate = async (endpoint: MockEndpoint): Promise<Response | undefined> => {
    if (pending.has(endpoint)) await delay('infinite');
    await delay(latency);
    const left = failuresLeft[endpoint] ?? 0;
    if (left <= 0) return undefined;
    failuresLeft[endpoint] = left - 1;
    return apiError(
      503,
      'database_unavailable',
      'The Scenra service is briefly unavailable. Try again in a moment.',
    );
  };

  const me = (): MeResult => ({ ...base, credits: { balance: credits }, keys });
  const video = (): Video => ({
    ...demoVideo,
    ...scenario.video,
    // "Created 2 minutes ago", as the seed's ready page shows right after the roundtable.
    createdAt: new Date(Date.now() - 2 * 60_000).toISOString(),
  });
  const providerOf = (id: string) => providers.find((p) => p.id === id);

  return {
    reset,
    handlers: [
      http.get('*/api/me', async () => (await gate('me')) ?? HttpResponse.json(me())),
      http.get(
        '*/api/providers',
        async () => (await gate('providers')) ?? HttpResponse.json({ providers }),
      ),

      http.get('*/api/videos', async () => {
        const failed = await gate('videos');
        if (failed) return failed;
        const { id, title, platform, createdAt } = video();
        const list: VideoList = {
          videos: videoDeleted ? [] : [{ id, title, platform, createdAt, synthesisComplete: true }],
        };
        return HttpResponse.json(list);
      }),
      http.get('*/api/videos/:id', async ({ params }) => {
        const failed = await gate('video');
        if (failed) return failed;
        return params.id === DEMO_VIDEO_ID && !videoDeleted
          ? HttpResponse.json(video())
          : notFound('This video');
      }),
      http.delete('*/api/videos/:id', async ({ params }) => {
        await delay(latency);
        if (params.id !== DEMO_VIDEO_ID || videoDeleted) return notFound('This video');
        // As the service does: the video goes and its live link is revoked.
        videoDeleted = true;
        shares = shares.map((s) =>
          s.videoId === params.id && s.status === 'active'
            ? { ...s, status: 'revoked', url: null, revokedAt: now() }
            : s,
        );
        return new HttpResponse(null, { status: 204 });
      }),

      // --- keys ---------------------------------------------------------------------------
      http.get(
        '*/api/user/api-keys',
        async () => (await gate('keys')) ?? HttpResponse.json({ keys } satisfies ApiKeyList),
      ),
      http.post('*/api/user/api-keys', async ({ request }) => {
        await delay(latency * 4); // the service checks the key with the provider first
        const parsed = await readBody(request, CreateApiKeyBody);
        if ('response' in parsed) return parsed.response;
        const body = parsed.data;
        const provider = providerOf(body.provider);
        if (!provider) {
          return invalidInput([
            { field: 'provider', message: `"${body.provider}" is not offered here` },
          ]);
        }
        const keyName = body.keyName ?? DEFAULT_KEY_NAME;
        if (keys.some((k) => k.provider === body.provider && k.keyName === keyName)) {
          return apiError(
            409,
            'key_name_taken',
            `You already have a ${provider.label} key named “${keyName}”. Choose another name.`,
            [{ field: 'keyName', message: 'is already used for this provider' }],
          );
        }
        // Designers can try every outcome: a key containing "invalid" is refused by the provider
        // (and, as by the service, not stored).
        if (body.apiKey.includes('invalid')) {
          return apiError(
            400,
            'key_invalid',
            `apiKey: ${provider.label} rejected this key (401), so it was not saved. Check that you copied all of it, or create a new key with the provider.`,
            [
              {
                field: 'apiKey',
                message: `was rejected by ${provider.label}: check that you copied all of it, or create a new one`,
              },
            ],
          );
        }
        const warnings: ApiKeyWarning[] = [];
        if (provider.keyPrefix && !body.apiKey.startsWith(provider.keyPrefix)) {
          warnings.push({
            code: 'prefix_mismatch',
            message: `${provider.label} keys usually start with "${provider.keyPrefix}". Check that you pasted the right key.`,
          });
        }
        if (provider.status === 'retired') {
          warnings.push({
            code: 'provider_retired',
            message: provider.statusNote ?? `${provider.label} no longer generates video.`,
          });
        }
        const summary: ApiKeySummary = {
          id: objectId(),
          provider: provider.id,
          keyName,
          masked: maskKey(body.apiKey.slice(-4)),
          status: 'valid',
          isValid: true,
          lastValidatedAt: now(),
          lastUsedAt: null,
          createdAt: now(),
        };
        keys = [...keys, summary];
        return HttpResponse.json({ ...summary, warnings } satisfies CreateApiKeyResult, {
          status: 201,
        });
      }),
      http.delete('*/api/user/api-keys/:id', async ({ params }) => {
        await delay(latency);
        if (!keys.some((k) => k.id === params.id)) return notFound('API key');
        keys = keys.filter((k) => k.id !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
      http.post('*/api/user/api-keys/:id/validate', async ({ params }) => {
        await delay(latency * 2);
        const key = keys.find((k) => k.id === params.id);
        if (!key) return notFound('API key');
        // The provider keeps its opinion of a refused or restricted key; an unchecked one works.
        const status = key.status === 'unchecked' ? 'valid' : key.status;
        const checkedAt = now();
        keys = keys.map((k) =>
          k.id === key.id
            ? { ...k, status, isValid: status === 'valid', lastValidatedAt: checkedAt }
            : k,
        );
        const messages: Record<typeof status, string> = {
          valid: 'The provider accepted this key.',
          invalid: 'The provider refused this key (401). Replace it with a new key.',
          restricted:
            'The provider accepted this key, but it lacks a permission video generation needs.',
        };
        return HttpResponse.json({
          isValid: status === 'valid',
          status,
          checkedAt,
          outcome: 'checked',
          message: messages[status],
        } satisfies ValidateApiKeyResult);
      }),
      http.get('*/api/user/api-keys/:id/audit', async ({ params }) => {
        await delay(latency);
        const key = keys.find((k) => k.id === params.id);
        if (!key) return notFound('API key');
        return HttpResponse.json({ events: auditOf(key) } satisfies ApiKeyAuditList);
      }),

      // --- shares -------------------------------------------------------------------------
      http.get('*/api/user/shares', async () => {
        const failed = await gate('shares');
        if (failed) return failed;
        const list: ShareList = {
          shares: [...shares]
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map(({ expiresInDays: _days, ...summary }) => summary),
        };
        return HttpResponse.json(list);
      }),
      http.get('*/api/videos/:id/share', async ({ params }) => {
        const failed = await gate('share');
        if (failed) return failed;
        if (params.id !== DEMO_VIDEO_ID) return notFound('This video');
        const active = activeShare(shares, DEMO_VIDEO_ID);
        return HttpResponse.json({
          share: active ? toShareLink(active) : null,
        } satisfies ActiveShare);
      }),
      http.post('*/api/videos/:id/share', async ({ params, request }) => {
        const failed = await gate('share');
        if (failed) return failed;
        if (params.id !== DEMO_VIDEO_ID) return notFound('This video');
        const parsed = await readBody(request, CreateShareBody, {});
        if ('response' in parsed) return parsed.response;
        const { includeSpecs, expiresInDays, rotate } = parsed.data;
        const active = activeShare(shares, DEMO_VIDEO_ID);
        if (active && !rotate) {
          // As the service: the active link only for the same settings, else a 409 naming why.
          const differences = shareDifferences(active, includeSpecs, expiresInDays);
          if (differences.length === 0)
            return HttpResponse.json({
              ...toShareLink(active),
              created: false,
            } satisfies ShareResult);
          const details: ShareConflictDetails = { share: toShareLink(active), differences };
          return apiError(409, 'share_settings_differ', shareConflictMessage(differences), details);
        }
        if (active) {
          shares = shares.map((s) =>
            s === active ? { ...s, status: 'replaced', url: null, revokedAt: now() } : s,
          );
        }
        const token = `demo-${objectId().slice(-8)}`;
        const created: MockShare = {
          id: objectId(),
          videoId: DEMO_VIDEO_ID,
          videoTitle: demoVideo.title,
          status: 'active',
          url: `${new URL(request.url).origin}/share/${token}`,
          includeSpecs,
          expiresInDays,
          expiresAt: expiryFrom(expiresInDays),
          revokedAt: null,
          views: 0,
          createdAt: now(),
        };
        shares = [...shares, created];
        return HttpResponse.json({ ...toShareLink(created), created: true } satisfies ShareResult, {
          status: 201,
        });
      }),
      http.patch('*/api/videos/:id/share', async ({ params, request }) => {
        const failed = await gate('share');
        if (failed) return failed;
        const parsed = await readBody(request, UpdateShareBody);
        if ('response' in parsed) return parsed.response;
        const active = activeShare(shares, String(params.id));
        if (!active) return notFound('An active share link of this video');
        const updated: MockShare = {
          ...active,
          includeSpecs: parsed.data.includeSpecs,
          expiresInDays: parsed.data.expiresInDays,
          expiresAt: expiryFrom(parsed.data.expiresInDays),
        };
        shares = shares.map((s) => (s === active ? updated : s));
        return HttpResponse.json(toShareLink(updated) satisfies ShareLink);
      }),
      http.delete('*/api/videos/:id/share', async ({ params }) => {
        await delay(latency);
        // Revoking when nothing is active is not an error: the link is gone either way.
        shares = shares.map((s) =>
          s.videoId === params.id && s.status === 'active'
            ? { ...s, status: 'revoked', url: null, revokedAt: now() }
            : s,
        );
        return new HttpResponse(null, { status: 204 });
      }),

      // --- exports ------------------------------------------------------------------------
      http.get('*/api/videos/:id/export', async ({ params, request }) => {
        await delay(latency);
        if (params.id !== DEMO_VIDEO_ID) return notFound('This video');
        const format = new URL(request.url).searchParams.get('format');
        const disposition = (ext: string) => ({
          'content-disposition': `attachment; filename="scenra-prompt.${ext}"`,
        });
        if (format === 'json') {
          return HttpResponse.json(toVideoExport(demoVideo, new Date()), {
            headers: disposition('json'),
          });
        }
        if (format === 'md') {
          return HttpResponse.text(videoToMarkdown(demoVideo), {
            headers: { 'content-type': 'text/markdown; charset=utf-8', ...disposition('md') },
          });
        }
        if (format === 'pdf') {
          return new HttpResponse(minimalPdf(demoVideo.title), {
            headers: { 'content-type': 'application/pdf', ...disposition('pdf') },
          });
        }
        return invalidInput([{ field: 'format', message: 'must be one of json, md, pdf' }]);
      }),

      // --- generations --------------------------------------------------------------------
      http.post('*/api/videos/:id/generations', async ({ params, request }) => {
        const failed = await gate('generation');
        if (failed) return failed;
        if (params.id !== DEMO_VIDEO_ID) return notFound('This video');
        const parsed = await readBody(request, StartGenerationBody);
        if ('response' in parsed) return parsed.response;
        const body = parsed.data;
        const model = providerOf(body.providerId)?.models.find((m) => m.id === body.model);
        if (!model) return invalidInput([{ field: 'model', message: 'is not offered here' }]);
        const estimate = estimateCost(model, body.seconds);
        if (body.billing === 'credits') {
          if (base.user.tier !== 'premium') return upgradeRequired('credits_need_premium');
          if (credits < estimate.credits) {
            return apiError(
              402,
              'insufficient_credits',
              `This video costs ${estimate.credits} credits and you have ${credits}. Use your own API key, or buy credits.`,
            );
          }
        } else {
          const key = keys.find((k) => k.id === body.keyId);
          if (!key || key.status === 'invalid' || key.status === 'restricted') {
            if (base.user.tier === 'free') return upgradeRequired('no_valid_key');
            return apiError(
              409,
              'key_invalid',
              `Your key ${key?.masked ?? ''} was refused. Replace it in Settings → API keys, or use Scenra credits.`,
            );
          }
        }
        const charged = body.billing === 'credits' ? estimate.credits : 0;
        credits -= charged;
        const generation: Generation = {
          id: objectId(),
          videoId: DEMO_VIDEO_ID,
          providerId: body.providerId,
          model: body.model,
          seconds: body.seconds,
          size: body.size,
          billing: body.billing,
          ...(body.keyId ? { keyId: body.keyId } : {}),
          status: 'queued',
          progress: 0,
          estimate,
          creditsCharged: charged,
          refunded: false,
          createdAt: now(),
        };
        generations.set(generation.id, generation);
        return HttpResponse.json(generation, { status: 202 });
      }),
      http.get('*/api/generations', async ({ request }) => {
        await delay(latency);
        const videoId = new URL(request.url).searchParams.get('videoId');
        const list = [...generations.values()]
          .filter((g) => !videoId || g.videoId === videoId)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        return HttpResponse.json({ generations: list });
      }),
      http.get('*/api/generations/:id', async ({ params }) => {
        await delay(latency);
        const current = generations.get(String(params.id));
        if (!current) return notFound('This generation');
        const next = advance(current, scenario.generation ?? 'completes');
        if (next.status === 'failed' && next.keyId) {
          keys = keys.map((k) =>
            k.id === next.keyId ? { ...k, status: 'invalid', isValid: false } : k,
          );
        }
        generations.set(next.id, next);
        return HttpResponse.json(next);
      }),
    ],
  };
}

/** One poll's worth of rendering, per the scenario's behaviour. */
function advance(generation: Generation, behaviour: GenerationBehaviour): Generation {
  if (generation.status === 'completed' || generation.status === 'failed') return generation;
  const progress = Math.min(100, generation.progress + PROGRESS_STEP);
  if (behaviour === 'key-rejected' && progress >= 50) {
    return {
      ...generation,
      status: 'failed',
      progress: generation.progress,
      error: {
        code: 'provider_auth_failed',
        message: 'The provider refused your API key (401). It has been marked invalid.',
      },
    };
  }
  if (behaviour === 'keeps-running') {
    return { ...generation, status: 'in_progress', progress: Math.min(progress, PROGRESS_HOLD) };
  }
  if (progress < 100) return { ...generation, status: 'in_progress', progress };
  return {
    ...generation,
    status: 'completed',
    progress: 100,
    completedAt: now(),
    contentUrl: `/api/generations/${generation.id}/content`,
    contentType: 'video/mp4',
  };
}

function upgradeRequired(reason: UpgradeReason) {
  return apiError(402, 'upgrade_required', upgradeRequiredMessages[reason], {
    reason,
    options: [...UPGRADE_OPTIONS],
  });
}

/** A link as the mock keeps it: the summary settings shows, plus the expiry the owner chose. */
type MockShare = ShareSummary & { expiresInDays: ShareExpiryDays };

const activeShare = (shares: MockShare[], videoId: string) =>
  shares.find((s) => s.videoId === videoId && s.status === 'active');

const expiryFrom = (days: ShareExpiryDays) =>
  days === null ? null : new Date(Date.now() + days * DAY_MS).toISOString();

function shareDifferences(
  share: MockShare,
  includeSpecs: boolean,
  expiresInDays: ShareExpiryDays,
): ShareDifference[] {
  const differences: ShareDifference[] = [];
  if (share.includeSpecs !== includeSpecs)
    differences.push({
      field: 'includeSpecs',
      active: share.includeSpecs,
      requested: includeSpecs,
    });
  if (share.expiresInDays !== expiresInDays)
    differences.push({
      field: 'expiresInDays',
      active: share.expiresInDays,
      requested: expiresInDays,
    });
  return differences;
}

function toShareLink(share: MockShare): ShareLink {
  return {
    id: share.id,
    videoId: share.videoId,
    url: share.url!,
    token: share.url!.split('/').pop()!,
    includeSpecs: share.includeSpecs,
    expiresInDays: share.expiresInDays,
    expiresAt: share.expiresAt,
    views: share.views,
    createdAt: share.createdAt,
  };
}

/** A key's recent events, newest first, from what its summary says happened. */
function auditOf(key: ApiKeySummary): ApiKeyAuditList['events'] {
  const events: ApiKeyAuditList['events'] = [
    {
      id: `${key.id}-c`,
      action: 'key.created',
      at: key.createdAt,
      requestId: 'req-demo-1',
      outcome: null,
    },
  ];
  if (key.lastValidatedAt) {
    events.push({
      id: `${key.id}-v`,
      action: key.status === 'invalid' ? 'key.invalid' : 'key.validated',
      at: key.lastValidatedAt,
      requestId: 'req-demo-2',
      outcome: key.status,
    });
  }
  if (key.lastUsedAt) {
    events.push({
      id: `${key.id}-u`,
      action: 'key.used',
      at: key.lastUsedAt,
      requestId: 'req-demo-3',
      outcome: null,
    });
  }
  return events.sort((a, b) => b.at.localeCompare(a.at));
}

/** A one-page PDF with the video's title: enough for a real download in a story. */
function minimalPdf(title: string): string {
  const text = title.replace(/[()\\]/g, '');
  return `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length ${text.length + 30}>>stream\nBT /F1 18 Tf 72 770 Td (${text}) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
}

/** A demo user's view of the API, with the default scenario otherwise. */
export function handlersFor(persona: Persona): RequestHandler[] {
  return createMockApi({ persona, latencyMs: 0 }).handlers;
}

/** The default mocks: the demo user who brought their own key. */
export const handlers: RequestHandler[] = handlersFor('byok');
