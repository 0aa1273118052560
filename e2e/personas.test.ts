// The three personas of the seed, start to finish, as a user drives them in the host.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import type { CreateApiKeyResult, MeResult } from '@scenra/contracts';
import { apiJson, devSession } from './support/api.ts';
import {
  copyPromptAndExpect,
  deleteOnlyKey,
  openReadyAs,
  waitForDashboard,
} from './support/pages.ts';

const browser = useBrowser();

/** The sandbox's key that the provider accepts (service/README.md "Sandbox provider"). */
const sandboxValidKey = 'sk-sandbox-valid-e2e-free-0000';

describe('persona flows', () => {
  it('free without a key: copies, meets the upgrade dialog, adds a key in settings, comes back able to generate', async () => {
    const { context, page, video } = await openReadyAs(browser(), 'free');
    await expect(
      page.getByTestId('key-status-bar').getByText('No API key configured').count(),
    ).resolves.toBe(1);

    await copyPromptAndExpect(page, video.optimizedPrompt);

    // Generate is a premium feature for this user: the dialog offers three ways on.
    await page
      .getByTestId('generate-card')
      .getByRole('button', { name: /Generate/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(
      dialog.getByRole('button', { name: 'Copy the prompt instead' }).count(),
    ).resolves.toBe(1);
    await dialog.getByRole('button', { name: 'Add your own API key' }).click();
    await page.waitForURL(`**/settings/api-keys?from=${video.id}`);

    const settings = page.getByTestId('remote-api-keys-settings');
    await settings.getByTestId('no-keys').waitFor();
    const form = settings.getByTestId('add-key-form');
    await form.getByLabel('Provider').selectOption({ label: 'Sandbox — no real video' });
    await form.getByLabel('Name (optional)').fill('My sandbox key');
    const keyInput = form.getByLabel('API key', { exact: true });
    await keyInput.fill(sandboxValidKey);
    await expect(keyInput.getAttribute('type')).resolves.toBe('password');
    await form.getByRole('button', { name: 'Show key' }).click();
    await expect(keyInput.getAttribute('type')).resolves.toBe('text');
    await form.getByRole('button', { name: 'Hide key' }).click();
    await expect(keyInput.getAttribute('type')).resolves.toBe('password');
    await form.getByRole('button', { name: 'Add key' }).click();

    const item = settings.getByTestId('key-item');
    await item.waitFor();
    await expect(item.getByTestId('key-masked').textContent()).resolves.toBe('••••0000');
    await item.locator('[data-testid="key-status"][data-status="valid"]').waitFor();
    await expect(settings.getByTestId('settings-status').textContent()).resolves.toContain(
      'checked: it works',
    );
    await expect(page.content()).resolves.not.toContain(sandboxValidKey);

    await item.getByRole('button', { name: /^Check now: / }).click();
    await settings
      .getByTestId('settings-status')
      .getByText('“My sandbox key” (••••0000):')
      .waitFor();
    await item.getByRole('button', { name: /^Recent activity/ }).click();
    const activity = item.getByTestId('key-activity');
    await activity.getByText('Added').waitFor();
    await activity
      .getByText(/Checked/)
      .first()
      .waitFor();

    // Back to the ready page: the key is there and Generate is no longer locked.
    await page
      .getByTestId('back-to-video')
      .getByRole('link', { name: '← Back to your video' })
      .click();
    await page.waitForURL(`**/dashboard/videos/${video.id}/ready`);
    await waitForDashboard(page);
    await page.getByTestId('key-status-bar').getByText('(••••0000)').waitFor();
    await page.getByTestId('generate-estimate').waitFor();
    await expect(page.getByTestId('generate-card').getAttribute('state')).resolves.toBe('idle');

    // Leave the persona as the seed made it: delete the key, confirming first.
    await page.getByTestId('key-status-bar').getByRole('button', { name: 'Manage keys' }).click();
    await page.waitForURL(`**/settings/api-keys?from=${video.id}`);
    await deleteOnlyKey(settings);
    await context.close();
  });

  it('free with a key: generates through the sandbox provider and the video plays on the video page', async () => {
    const { context, page, video } = await openReadyAs(browser(), 'byok');
    await page
      .getByTestId('key-status-bar')
      .getByText(/\(••••0001\)/)
      .waitFor();
    await expect(page.getByTestId('generate-estimate').textContent()).resolves.toMatch(
      /^About \$\d+\.\d\d on your key/,
    );
    await page.getByTestId('generate-card').getByRole('button', { name: 'Generate' }).click();
    await page
      .getByTestId('generate-card')
      .getByRole('button', { name: /Generating…/ })
      .waitFor();

    await page.waitForURL(new RegExp(`/dashboard/videos/${video.id}\\?generation=[a-f0-9]+$`), {
      timeout: 30_000,
    });
    const player = page.getByTestId('generated-video');
    await player.waitFor({ timeout: 20_000 });
    await expect(player.getAttribute('src')).resolves.toMatch(/^blob:/);
    // The browser decoded the file: it knows the video's length and has frames to show.
    await page.waitForFunction(() => {
      const element = document.querySelector<HTMLVideoElement>('[data-testid="generated-video"]');
      return Boolean(element && element.readyState >= 2 && element.duration > 0);
    });
    await expect(page.getByTestId('generation-player').textContent()).resolves.toContain(
      'your own key',
    );
    await context.close();
  });

  it('premium: chooses credits, generates, and the balance falls by the estimate', async () => {
    const { context, page, video, token } = await openReadyAs(browser(), 'premium');
    const before = (await apiJson<MeResult>(token, '/api/me')).credits.balance;
    const bar = page.getByTestId('key-status-bar');
    await bar.getByRole('radio', { name: `Use Scenra credits (remaining: ${before})` }).check();
    const estimate = page.getByTestId('generate-estimate');
    await estimate.getByText(`(remaining: ${before})`).waitFor();
    const cost = Number(/^(\d+) credits/.exec((await estimate.textContent()) ?? '')?.[1]);
    expect(cost).toBeGreaterThan(0);

    await page.getByTestId('generate-card').getByRole('button', { name: 'Generate' }).click();
    await page.waitForURL(new RegExp(`/dashboard/videos/${video.id}\\?generation=[a-f0-9]+$`), {
      timeout: 30_000,
    });
    await page.getByTestId('generated-video').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('generation-player').textContent()).resolves.toContain(
      `${cost} credits`,
    );
    await expect(
      apiJson<MeResult>(token, '/api/me').then((me) => me.credits.balance),
    ).resolves.toBe(before - cost);

    // Back on the ready page the key bar shows the new balance.
    await page.goto(`/dashboard/videos/${video.id}/ready`);
    await waitForDashboard(page);
    await bar.getByText(`Use Scenra credits (remaining: ${before - cost})`).waitFor();
    await context.close();
  });
});

describe('generation errors', () => {
  it('a render the provider fails is explained, with a retry that runs again', async () => {
    const { token } = await devSession('free');
    const added = await apiJson<CreateApiKeyResult>(token, '/api/user/api-keys', {
      method: 'POST',
      body: JSON.stringify({
        provider: 'sandbox',
        keyName: 'Failing renders',
        apiKey: 'sk-sandbox-renders-fail-0000',
      }),
    });
    try {
      const { context, page } = await openReadyAs(browser(), 'free');
      const card = page.getByTestId('generate-card');
      await card.getByRole('button', { name: 'Generate' }).click();
      const error = card.getByTestId('generate-error');
      await error.getByText(/could not render this video/).waitFor({ timeout: 20_000 });
      // One Retry: the card's own button, not a twin beside an identical "Generate".
      const retry = card.getByRole('button', { name: 'Retry', exact: true });
      await expect(retry.count()).resolves.toBe(1);
      await expect(
        card.getByRole('button', { name: 'Generate', exact: true }).count(),
      ).resolves.toBe(0);
      await retry.click();
      await card.getByRole('button', { name: /Generating…/ }).waitFor();
      await retry.waitFor({ timeout: 20_000 });
      await expect(
        page.getByTestId('event-log').locator('li[data-event="generation_failed"]').count(),
      ).resolves.toBeGreaterThan(0);
      await context.close();
    } finally {
      await apiJson(token, `/api/user/api-keys/${added.id}`, { method: 'DELETE' });
    }
  });
});
