// Users made for one test: a fresh account the host product would sign in (a JWT signed with the
// stack's development secret), their own videos and keys, and a browser already signed in as
// them. Tests that must not share state with the demo personas (credits, links, generations)
// start here.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type {
  CreateApiKeyResult,
  CreateVideoBody,
  DevSessionResult,
  Tier,
  Video,
} from '@scenra/contracts';
import { apiJson } from './api.ts';
import { newHostContext, stackInfo } from './browser.ts';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The HS256 secret the service generated in the stack's data folder (beside its log). */
function jwtSecret(): string {
  const file = join(dirname(stackInfo().serviceLog), 'dev-secrets.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string }).jwtSecret;
}

/** A new user as the host product would sign them in, with no credits, keys or videos. */
export function freshUser(tier: Tier): DevSessionResult {
  const id = randomBytes(12).toString('hex');
  const now = Math.floor(Date.now() / 1000);
  // Bound like the host's tokens: the issuer and audience a development service verifies.
  const claims = {
    sub: id,
    tier,
    iss: 'scenra-dev',
    aud: 'scenra-ready',
    iat: now,
    exp: now + 3600,
  };
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  const signature = createHmac('sha256', jwtSecret()).update(unsigned).digest('base64url');
  return {
    token: `${unsigned}.${signature}`,
    user: { id, displayName: `Test ${tier}`, email: `${id}@test.scenra.dev`, tier },
  };
}

/** One of the user's videos; `synthesisComplete: false` is a roundtable still at work. */
export async function createVideo(
  token: string,
  { synthesisComplete = true } = {},
): Promise<Video> {
  const marker = randomBytes(4).toString('hex');
  const body: CreateVideoBody = {
    title: `Lighthouse at dawn ${marker}`,
    concept: 'A lighthouse beam sweeping over a calm sea as the sun comes up.',
    platform: 'youtube',
    optimizedPrompt: `Slow aerial orbit of a lighthouse at dawn, beam fading as the sun rises (${marker}).`,
    specs: { aspectRatio: '16:9', durationSec: 8, resolution: '1920x1080' },
    hashtags: ['#lighthouse', '#dawn'],
    roundtable: {
      synthesisComplete,
      messages: [{ agent: 'Director', role: 'Creative direction', content: 'Keep it calm.' }],
    },
  };
  return apiJson<Video>(token, '/api/videos', { method: 'POST', body: JSON.stringify(body) });
}

/** Stores a sandbox key for the user (`sk-sandbox-<behaviour>-…`, see service/README.md). */
export function addKey(token: string, apiKey: string): Promise<CreateApiKeyResult> {
  return apiJson<CreateApiKeyResult>(token, '/api/user/api-keys', {
    method: 'POST',
    body: JSON.stringify({
      provider: 'sandbox',
      apiKey,
      keyName: `key ${randomUUID().slice(0, 8)}`,
    }),
  });
}

/** A browser context signed in as `session` (the host keeps it in sessionStorage). */
export async function signedInContext(
  browser: Browser,
  session: DevSessionResult,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newHostContext(browser, options);
  await context.addInitScript((value) => {
    sessionStorage.setItem('scenra.session', value);
  }, JSON.stringify(session));
  return { context, page: await context.newPage() };
}
