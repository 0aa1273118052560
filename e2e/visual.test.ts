// Visual baselines: every page as users see it (the ready page per persona on a desktop and a
// phone, light and dark; settings; the public share page; the video page) compared with the
// committed screenshots in e2e/baselines. `UPDATE_BASELINES=1 npm run test:visual` records them
// again after an intended change. Rendering is made repeatable: a stack of its own with the
// pristine seed (no other test's links, keys or spent credits), fonts installed by the setup
// (Inter, Noto Color Emoji), the clock frozen for relative dates, animations finished.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevSessionResult, Persona, ShareResult, Video } from '@scenra/contracts';
import { startStack, type Stack } from '@scenra/stack';
import { launchChromium } from '@scenra/devstack/browser';
import {
  compareWithBaseline,
  repeatableRenderingArgs,
  type VisualResult,
} from './support/visual.ts';

let stack: Stack;
let dataDir: string;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scenra-visual-'));
  stack = await startStack({ dataDir, mongodbUri: '', serviceEnv: { SANDBOX_RENDER_MS: '300' } });
  browser = await launchChromium(repeatableRenderingArgs);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function api<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${stack.urls.service}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface SignedInPersona {
  /** What the host keeps in sessionStorage once signed in. */
  signedIn: DevSessionResult;
  token: string;
  video: Video;
}

async function session(persona: Persona): Promise<SignedInPersona> {
  const response = await fetch(`${stack.urls.service}/api/dev/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  const signedIn = (await response.json()) as DevSessionResult;
  const { videos } = await api<{ videos: Array<{ id: string; synthesisComplete: boolean }> }>(
    signedIn.token,
    '/api/videos',
  );
  const ready = videos.find((v) => v.synthesisComplete)!;
  const video = await api<Video>(signedIn.token, `/api/videos/${ready.id}`);
  return { signedIn, token: signedIn.token, video };
}

const desktop = { width: 1440, height: 900 };
const phone = { width: 375, height: 812 };

/** A signed-in page on the host, its clock frozen half an hour after the seed made the video. */
async function signedIn(
  { signedIn, video }: SignedInPersona,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const touch = viewport.width < 768;
  const context = await browser.newContext({
    baseURL: stack.urls.host,
    viewport,
    reducedMotion: 'no-preference',
    deviceScaleFactor: 1,
    isMobile: touch,
    hasTouch: touch,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  // Signed in as the host's sign-in page leaves it; the first-visit celebration (it fades
  // within seconds) already seen, so the screenshots show the page at rest.
  await context.addInitScript(
    ({ session, id }) => {
      sessionStorage.setItem('scenra.session', session);
      localStorage.setItem(`scenra:celebrated:${id}`, '1');
    },
    { session: JSON.stringify(signedIn), id: video.id },
  );
  const page = await context.newPage();
  await page.clock.setFixedTime(Date.parse(video.createdAt) + 30.5 * 60_000);
  return { context, page };
}

async function shoot(
  page: Page,
  name: string,
  fullPage = false,
  mask: Locator[] = [],
): Promise<VisualResult> {
  await page.evaluate(() => document.fonts.ready);
  // The caret and running animations would differ from one run to the next; so would the frame
  // a video element shows, which is masked.
  const png = await page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    fullPage,
    mask,
    maskColor: '#808080',
  });
  return compareWithBaseline(name, png);
}

const problems = (results: VisualResult[]) =>
  results.filter((r) => r.problem).map((r) => `${r.name}: ${r.problem}`);

describe('visual baselines', () => {
  it('the ready page per persona, desktop and phone, light and dark', async () => {
    const results: VisualResult[] = [];
    for (const persona of ['free', 'byok', 'premium'] as const) {
      const user = await session(persona);
      const { video } = user;
      for (const [device, viewport] of [
        ['desktop', desktop],
        ['phone', phone],
      ] as const) {
        const { context, page } = await signedIn(user, viewport);
        await page.goto(`/dashboard/videos/${video.id}/ready`);
        await page.getByTestId('key-status-bar').waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          results.push(
            await shoot(page, `ready-${persona}-${device}-${scheme}`, device === 'desktop'),
          );
        }
        await context.close();
      }
    }
    expect(problems(results)).toEqual([]);
  }, 240_000);

  it('settings, the public share page and the video page', async () => {
    const results: VisualResult[] = [];
    const byok = await session('byok');
    const settings = await signedIn(byok, desktop);
    await settings.page.goto('/settings/api-keys');
    await settings.page.getByTestId('key-item').waitFor();
    await settings.page.getByText('You have not shared any prompt yet.').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await settings.page.emulateMedia({ colorScheme: scheme });
      results.push(await shoot(settings.page, `settings-desktop-${scheme}`, true));
    }
    await settings.context.close();

    const premium = await session('premium');
    const share = await api<ShareResult>(premium.token, `/api/videos/${premium.video.id}/share`, {
      method: 'POST',
      body: JSON.stringify({ includeSpecs: true }),
    });
    for (const [device, viewport] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(share.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        results.push(await shoot(page, `share-${device}-${scheme}`));
      }
      await context.close();
    }

    // The video page after a generation on the byok persona's own key.
    const { context, page } = await signedIn(byok, desktop);
    await page.goto(`/dashboard/videos/${byok.video.id}/ready`);
    await page.getByTestId('generate-card').getByRole('button', { name: 'Generate' }).click();
    await page.getByTestId('generated-video').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => {
      const v = document.querySelector<HTMLVideoElement>('[data-testid="generated-video"]');
      return Boolean(v && v.readyState >= 2);
    });
    results.push(
      await shoot(page, 'video-desktop-light', false, [page.getByTestId('generated-video')]),
    );
    await context.close();

    expect(problems(results)).toEqual([]);
  }, 240_000);
});
