// Demo data for Storybook and tests: one video and the three demo personas of DESIGN.md
// (free without a key, free with their own key, premium). Typed by the shared contracts,
// and checked against their zod schemas by handlers.test.ts.
import type {
  ApiKeySummary,
  Generation,
  MeResult,
  Persona,
  ProviderOffer,
  ShareSummary,
  Video,
} from '@scenra/contracts';

export const DEMO_VIDEO_ID = '65f000000000000000000001';
const CREATED = '2026-11-26T10:00:00.000Z';

export const demoVideo: Video = {
  id: DEMO_VIDEO_ID,
  title: 'Tom and Lyle on the roller coaster',
  concept: 'Two friends ride a roller coaster at sunset, laughing and screaming.',
  platform: 'tiktok',
  optimizedPrompt:
    'Tom and Lyle riding a roller coaster at golden hour, handheld POV shot from the front car, ' +
    'wind in their hair, genuine laughter turning into screams on the first drop, warm lens flare, ' +
    'vibrant amusement-park colours, 9:16 vertical, 15 seconds, upbeat synth-pop soundtrack.',
  specs: {
    aspectRatio: '9:16',
    durationSec: 15,
    resolution: '1080x1920',
    style: 'Cinematic handheld, natural light',
    camera: 'POV from the front car, quick cuts to reaction shots',
    lighting: 'Golden hour, warm lens flare',
    audio: 'Upbeat synth-pop, screams and laughter',
    mood: 'Joyful, adrenaline',
  },
  hashtags: ['#rollercoaster', '#friends', '#goldenhour', '#themepark'],
  roundtable: {
    messages: [
      {
        agent: 'Director',
        role: 'Shot design',
        content: 'Open on a POV from the front car to sell the drop.',
      },
      {
        agent: 'Editor',
        role: 'Pacing',
        content: 'Cut to reactions on the beat; keep it under 15 seconds.',
      },
    ],
    synthesisComplete: true,
  },
  createdAt: CREATED,
  updatedAt: CREATED,
};

export const sandboxProvider: ProviderOffer = {
  id: 'sandbox',
  label: 'Sandbox — no real video',
  status: 'active',
  sandbox: true,
  creditsAvailable: true,
  models: [
    {
      id: 'sandbox-video-1',
      label: 'Sandbox video',
      seconds: [4, 8, 12],
      sizes: ['720x1280', '1280x720'],
      usdPerSecond: 0.1,
      creditsPerSecond: 1,
      status: 'active',
    },
  ],
};

export const retiredOpenAi: ProviderOffer = {
  id: 'openai',
  label: 'OpenAI (Sora)',
  status: 'retired',
  statusNote:
    'OpenAI shut down its Videos API on 2026-09-24. Keys still validate; pick another provider to generate.',
  keyPrefix: 'sk-',
  sandbox: false,
  creditsAvailable: false,
  models: [
    {
      id: 'sora-2',
      label: 'Sora 2',
      seconds: [4, 8, 12],
      sizes: ['720x1280'],
      usdPerSecond: 0.1,
      creditsPerSecond: 1,
      status: 'retired',
    },
  ],
};

export const providers: ProviderOffer[] = [sandboxProvider, retiredOpenAi];

/** A stored key, as the API shows it (masked, never the key). */
export function keySummary(overrides: Partial<ApiKeySummary> = {}): ApiKeySummary {
  return {
    id: '65f0000000000000000000a1',
    provider: 'sandbox',
    keyName: 'default',
    masked: '••••abc1',
    status: 'valid',
    isValid: true,
    lastValidatedAt: CREATED,
    lastUsedAt: null,
    createdAt: CREATED,
    ...overrides,
  };
}

/** The demo premium user's balance: enough for a few generations of the demo video. */
export const PREMIUM_CREDITS = 120;

const users: Record<Persona, MeResult['user']> = {
  free: {
    id: '65f0000000000000000000f1',
    displayName: 'Fran Free',
    email: 'free@demo.scenra.dev',
    tier: 'free',
  },
  byok: {
    id: '65f0000000000000000000f2',
    displayName: 'Kim Ownkey',
    email: 'byok@demo.scenra.dev',
    tier: 'free',
  },
  premium: {
    id: '65f0000000000000000000f3',
    displayName: 'Pat Premium',
    email: 'premium@demo.scenra.dev',
    tier: 'premium',
  },
};

/** `GET /api/me` for each demo persona. */
export function meFor(persona: Persona): MeResult {
  return {
    user: users[persona],
    credits: { balance: persona === 'premium' ? PREMIUM_CREDITS : 0 },
    keys: persona === 'free' ? [] : [keySummary()],
    providers,
  };
}

/** One stored key in each status the vault knows, for the settings page. */
export const keysInEveryStatus: ApiKeySummary[] = [
  keySummary({ keyName: 'Personal', lastUsedAt: '2026-11-25T18:30:00.000Z' }),
  keySummary({
    id: '65f0000000000000000000a2',
    keyName: 'Old team key',
    masked: '••••9f2e',
    status: 'invalid',
    isValid: false,
    lastValidatedAt: '2026-11-24T09:00:00.000Z',
  }),
  keySummary({
    id: '65f0000000000000000000a3',
    keyName: 'Read-only',
    masked: '••••r3st',
    status: 'restricted',
    isValid: false,
  }),
  keySummary({
    id: '65f0000000000000000000a4',
    provider: 'openai',
    keyName: 'Legacy Sora',
    masked: '••••x7kq',
    status: 'unchecked',
    isValid: false,
    lastValidatedAt: null,
  }),
];

/** A key the provider refused (401): the dashboard's "invalid key" persona. */
export const invalidKey: ApiKeySummary = keysInEveryStatus[1]!;

/** Links the user made, one per status (a rotated one is "replaced"), one of a deleted video. */
export const demoShares: ShareSummary[] = [
  {
    id: '65f0000000000000000000c1',
    videoId: DEMO_VIDEO_ID,
    videoTitle: demoVideo.title,
    status: 'active',
    url: 'https://scenra.example/share/demo-share-token',
    includeSpecs: true,
    expiresAt: '2026-12-03T10:00:00.000Z',
    revokedAt: null,
    views: 12,
    createdAt: '2026-11-26T10:03:00.000Z',
  },
  {
    id: '65f0000000000000000000c2',
    videoId: '65f000000000000000000002',
    videoTitle: 'Morning coffee in slow motion',
    status: 'expired',
    url: null,
    includeSpecs: false,
    expiresAt: '2026-11-20T08:00:00.000Z',
    revokedAt: null,
    views: 3,
    createdAt: '2026-11-19T08:00:00.000Z',
  },
  {
    id: '65f0000000000000000000c3',
    videoId: '65f000000000000000000003',
    videoTitle: 'Skateboard trick at the pier',
    status: 'revoked',
    url: null,
    includeSpecs: true,
    expiresAt: null,
    revokedAt: '2026-11-22T15:00:00.000Z',
    views: 41,
    createdAt: '2026-11-18T12:00:00.000Z',
  },
  {
    id: '65f0000000000000000000c4',
    videoId: '65f000000000000000000004',
    videoTitle: null,
    status: 'revoked',
    url: null,
    includeSpecs: true,
    expiresAt: null,
    revokedAt: '2026-11-10T11:00:00.000Z',
    views: 0,
    createdAt: '2026-11-01T11:00:00.000Z',
  },
  {
    id: '65f0000000000000000000c5',
    videoId: DEMO_VIDEO_ID,
    videoTitle: demoVideo.title,
    status: 'replaced',
    url: null,
    includeSpecs: true,
    expiresAt: null,
    revokedAt: '2026-11-26T10:03:00.000Z',
    views: 5,
    createdAt: '2026-11-25T09:00:00.000Z',
  },
];

/** A generation of the demo video, rendering when the page is opened (or `overrides`). */
export function demoGeneration(overrides: Partial<Generation> = {}): Generation {
  return {
    id: '65f0000000000000000000b1',
    videoId: DEMO_VIDEO_ID,
    providerId: 'sandbox',
    model: 'sandbox-video-1',
    seconds: 12,
    size: '720x1280',
    billing: 'byok',
    keyId: keySummary().id,
    status: 'in_progress',
    progress: 40,
    estimate: { usd: 0.6, credits: 3 },
    creditsCharged: 0,
    refunded: false,
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  };
}
