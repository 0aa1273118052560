// The remote in hosts its team does not control: a React 19 host built with Vite and
// @module-federation/vite (another bundler, another federation plugin), a React 18 host, and a
// host without the federation runtime. Each uses only the published types and docs.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import { stackInfo } from './support/browser.ts';
import { readyVideo } from './support/api.ts';
import { copyPromptAndExpect, deleteOnlyKey } from './support/pages.ts';

const browser = useBrowser();

/** The sandbox's key that the provider accepts (service/README.md "Sandbox provider"). */
const sandboxValidKey = 'sk-sandbox-valid-e2e-vite-0000';

async function openForeignHost(
  variant: 'react19' | 'react18' | 'no-runtime' | 'webpack5',
  query: Record<string, string>,
): Promise<Page> {
  const { foreignHosts, service, manifest } = stackInfo();
  const context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: foreignHosts });
  const page = await context.newPage();
  const search = new URLSearchParams({ api: service, manifest, ...query });
  await page.goto(`${foreignHosts}/${variant}/?${search}`);
  return page;
}

/** The byok persona's dashboard is drawn, shows the key suffix, and Copy copies the prompt. */
async function expectWorkingDashboard(page: Page, prompt: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Your Video Prompt is Ready!' }).waitFor();
  await page
    .getByTestId('key-status-bar')
    .getByText(/\(••••0001\)/)
    .waitFor();
  await copyPromptAndExpect(page, prompt);
}

const hostErrors = (page: Page) =>
  page
    .locator('#host-errors li')
    .evaluateAll((items) =>
      items.map((li) => ({ code: li.getAttribute('data-code'), message: li.textContent })),
    );

describe('a Vite host with @module-federation/vite on React 19', () => {
  it('mounts the dashboard and the settings: copy, upgrade dialog, add a key, back, generate unlocked', async () => {
    const { video } = await readyVideo('free');
    const page = await openForeignHost('react19', { persona: 'free', video: video.id });
    const dashboard = page.getByTestId('remote-ready-dashboard');
    await dashboard
      .getByRole('heading', { level: 1, name: 'Your Video Prompt is Ready!' })
      .waitFor();
    await page.getByTestId('key-status-bar').getByText('No API key configured').waitFor();

    await copyPromptAndExpect(page, video.optimizedPrompt);

    await page
      .getByTestId('generate-card')
      .getByRole('button', { name: /Generate/ })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add your own API key' }).click();
    await page.waitForURL(/page=settings/);

    const settings = page.getByTestId('remote-api-keys-settings');
    await settings.getByTestId('no-keys').waitFor();
    const form = settings.getByTestId('add-key-form');
    await form.getByLabel('Provider').selectOption({ label: 'Sandbox — no real video' });
    await form.getByLabel('API key', { exact: true }).fill(sandboxValidKey);
    await form.getByRole('button', { name: 'Add key' }).click();
    await settings.locator('[data-testid="key-status"][data-status="valid"]').waitFor();

    await page.goBack();
    await page.getByTestId('key-status-bar').getByText('(••••0000)').waitFor();
    await page.getByTestId('generate-estimate').waitFor();
    await expect(page.getByTestId('generate-card').getAttribute('state')).resolves.toBe('idle');

    // One React on the page: the host's (a second copy would break hooks and events).
    await expect(page.evaluate(() => document.documentElement.dataset.hostReact)).resolves.toMatch(
      /^19\./,
    );
    await expect(hostErrors(page)).resolves.toEqual([]);

    // Leave the persona as the seed made it.
    await page.goForward();
    await deleteOnlyKey(settings);
    await page.context().close();
  });

  it('keeps the dashboard’s look whatever the host’s element rules say', async () => {
    const { video } = await readyVideo('byok');
    const page = await openForeignHost('react19', { persona: 'byok', video: video.id });
    const dashboard = page.getByTestId('remote-ready-dashboard');
    await dashboard.getByRole('heading', { level: 1 }).waitFor();
    await page.getByTestId('key-status-bar').waitFor();
    const looks = () =>
      dashboard.evaluate((root) => {
        const pick = (selector: string) => {
          const element = root.querySelector(selector);
          if (!element) return `${selector}: missing`;
          const s = getComputedStyle(element);
          return `${selector}: ${s.color} ${s.backgroundColor} ${s.fontFamily} ${s.fontSize} ${s.fontWeight} ${s.padding} ${s.margin} ${s.border} ${s.textTransform}`;
        };
        return ['header', 'h1', 'button', 'a, .srd-link'].map(pick);
      });
    const withHostRules = await looks();
    // The host's sheet styles bare header, h1, button and a (e2e/hosts/src/index.html).
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('body > header > h1')!).color),
    ).resolves.toBe('rgb(200, 0, 0)');
    await page.evaluate(() => {
      (document.getElementById('host-element-rules') as HTMLStyleElement).disabled = true;
    });
    expect(withHostRules).toEqual(await looks());
    await page.context().close();
  });
});

describe('a React 18 host', () => {
  it('gets one clear error from the React 19 expose, and nothing drawn', async () => {
    const { video } = await readyVideo('byok');
    const page = await openForeignHost('react18', { persona: 'byok', video: video.id });
    await page.locator('#host-errors li').first().waitFor();
    await expect(page.evaluate(() => document.documentElement.dataset.hostReact)).resolves.toMatch(
      /^18\./,
    );
    const errors = await hostErrors(page);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'react_incompatible' });
    expect(errors[0]!.message).toContain('React 18.3.1');
    expect(errors[0]!.message).toContain('remote_ready/mount');
    await expect(page.locator('#root').innerHTML()).resolves.toBe('');
    await page.context().close();
  });

  it('draws a working dashboard through remote_ready/mount', async () => {
    const { video } = await readyVideo('byok');
    const page = await openForeignHost('react18', {
      persona: 'byok',
      video: video.id,
      mode: 'mount',
    });
    // What React 18 broke: the key suffix, Copy, the listeners of the Lit cards.
    await expectWorkingDashboard(page, video.optimizedPrompt);
    await page.getByTestId('generate-estimate').waitFor();
    await expect(hostErrors(page)).resolves.toEqual([]);
    await page.context().close();
  });
});

describe('a plain JavaScript host built with webpack 5', () => {
  it('draws the dashboard and the settings through remote_ready/mount', async () => {
    const { video } = await readyVideo('byok');
    const page = await openForeignHost('webpack5', { persona: 'byok', video: video.id });
    await expectWorkingDashboard(page, video.optimizedPrompt);
    await page.getByTestId('key-status-bar').getByRole('button', { name: 'Manage keys' }).click();
    await page.getByTestId('remote-api-keys-settings').getByTestId('key-item').first().waitFor();
    await expect(hostErrors(page)).resolves.toEqual([]);
    await page.context().close();
  });
});

describe('a host without the federation runtime', () => {
  it('sees one error that names the fix', async () => {
    const { video } = await readyVideo('byok');
    const page = await openForeignHost('no-runtime', { persona: 'byok', video: video.id });
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    const alert = page.getByTestId('host-load-error');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /needs the Module Federation runtime from its host[\s\S]*provideExternalRuntime: true/,
    );
    expect(uncaught).toEqual([]);
    await page.context().close();
  });
});
