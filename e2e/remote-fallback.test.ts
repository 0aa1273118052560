// When the remote's origin is down, the ready route still gives the user their prompt and a
// Copy button that works.
import { afterAll, describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import { newHostContext, setRemote, signInAs, stackInfo } from './support/browser.ts';
import { readyVideo } from './support/api.ts';

const browser = useBrowser();
afterAll(async () => {
  await setRemote('start');
});

describe('remote unavailable', () => {
  it('shows the host fallback whose Copy button copies the prompt', async () => {
    const { video } = await readyVideo('free');
    await setRemote('stop');
    const context = await newHostContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'free');
    // The host is configured with the release channel: each attempt starts by reading it.
    const channelRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url() === stackInfo().channel) channelRequests.push(request.url());
    });
    await page.goto(`/dashboard/videos/${video.id}/ready`);

    const fallback = page.getByTestId('ready-fallback');
    await fallback
      .getByRole('heading', { name: 'Your prompt is ready' })
      .waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('remote-ready-dashboard').count()).resolves.toBe(0);
    await expect(fallback.getByTestId('fallback-prompt').textContent()).resolves.toBe(
      video.optimizedPrompt,
    );

    // Tried three times (two retries with backoff), then reported with its reason.
    expect(channelRequests).toHaveLength(3);
    await expect(
      page
        .getByTestId('event-log')
        .locator('li[data-event="remote_fallback_shown"]')
        .allTextContents(),
    ).resolves.toEqual([
      'remote_fallback_shown {"reason":"unavailable","module":"VideoReadyDashboard","attempts":3}',
    ]);

    await fallback.getByRole('button', { name: 'Copy prompt' }).click();
    await fallback.getByRole('button', { name: 'Copied ✓' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      video.optimizedPrompt,
    );
    await expect(fallback.getByRole('status').textContent()).resolves.toBe(
      'Prompt copied to clipboard!',
    );
    await context.close();
  });
});
