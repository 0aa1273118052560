// The dashboard shows what is true when the user comes back, reloads or changes a choice: the
// running or finished generation, the active share link and its real settings, who pays, each
// key's real state, and the right way out of a prompt that is not ready or a video that is gone.
// Every test uses a user of its own, so nothing depends on what other files did.
import { MongoClient } from 'mongodb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import type { Generation, ProviderCatalog, PublicShare } from '@scenra/contracts';
import { stackInfo } from './support/browser.ts';
import { apiJson } from './support/api.ts';
import { waitForDashboard } from './support/pages.ts';
import { addKey, createVideo, freshUser, signedInContext } from './support/users.ts';

const browser = useBrowser();
let mongo: MongoClient;
beforeAll(async () => {
  mongo = await MongoClient.connect(stackInfo().mongodb);
});
afterAll(async () => {
  await mongo?.close();
});

/** Sets how long the sandbox renders the video of this prompt (the e2e stack renders in 1.5 s). */
async function setRenderTime(prompt: string, renderMs: number): Promise<void> {
  const jobs = mongo.db().collection('sandbox_videos');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const result = await jobs.updateMany({ prompt }, { $set: { renderMs } });
    if (result.matchedCount > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the sandbox job never appeared');
}

async function openReady(page: Page, videoId: string): Promise<void> {
  await page.goto(`/dashboard/videos/${videoId}/ready`);
  await waitForDashboard(page);
}

const statusSentence = (page: Page) =>
  page.getByTestId('key-status-bar').locator('[part="status"]').textContent();

describe('the dashboard tells the truth', () => {
  it('resumes a running generation after a reload: live progress, never an idle Generate', async () => {
    const session = freshUser('free');
    const video = await createVideo(session.token);
    const key = await addKey(session.token, 'sk-sandbox-valid-e2e-resume-0001');
    const { providers } = await apiJson<ProviderCatalog>(session.token, '/api/providers');
    const model = providers.find((p) => p.id === 'sandbox')!.models[0]!;
    const started = await apiJson<Generation>(
      session.token,
      `/api/videos/${video.id}/generations`,
      {
        method: 'POST',
        headers: { 'idempotency-key': `resume-${video.id}` },
        body: JSON.stringify({
          billing: 'byok',
          keyId: key.id,
          providerId: 'sandbox',
          model: model.id,
          seconds: model.seconds.at(-1),
          size: model.sizes[0],
        }),
      },
    );
    // A long render, so the page can be left and reloaded in the middle of it.
    await setRenderTime(video.optimizedPrompt, 600_000);
    const { context, page } = await signedInContext(browser(), session);
    await openReady(page, video.id);
    const card = page.getByTestId('generate-card');
    for (const pass of ['first visit', 'after a reload']) {
      if (pass === 'after a reload') {
        await page.reload();
        await waitForDashboard(page);
      }
      await card.getByRole('button', { name: /Generating…/ }).waitFor({ timeout: 10_000 });
      await card.getByTestId('generate-progress').waitFor();
      await expect(
        card.getByRole('button', { name: 'Generate', exact: true }).count(),
        pass,
      ).resolves.toBe(0);
    }
    // The render ends while the page is open: it follows it to "Watch your video".
    await setRenderTime(video.optimizedPrompt, 1);
    await card.getByTestId('watch-video').waitFor({ timeout: 20_000 });
    await expect(card.getByTestId('generate-estimate').textContent()).resolves.toMatch(
      /^Generating again costs again: About \$/,
    );
    // Reloaded once more, the finished video is offered, not a fresh "Generate".
    await page.reload();
    await waitForDashboard(page);
    await card.getByTestId('watch-video').click();
    await page.waitForURL(`**/dashboard/videos/${video.id}?generation=${started.id}`);
    // The video page says what the file really is, not the length that was asked for.
    const player = page.getByTestId('generated-video');
    await player.waitFor({ timeout: 20_000 });
    const duration = await page.waitForFunction(() => {
      const element = document.querySelector<HTMLVideoElement>('[data-testid="generated-video"]');
      return element && element.duration > 0 ? element.duration : undefined;
    });
    const seconds = Math.round(((await duration.jsonValue()) as number) * 10) / 10;
    await page.getByTestId('generation-facts').getByText(`${seconds} s ·`).waitFor();
    await context.close();
  });

  it('shows the active link after a reload; other settings update it in place or replace it, never silently', async () => {
    const session = freshUser('free');
    const video = await createVideo(session.token);
    const { context, page } = await signedInContext(browser(), session);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: stackInfo().host,
    });
    await openReady(page, video.id);
    const card = page.getByTestId('share-card');
    await card.getByRole('button', { name: /Share & export/ }).click();
    await card.getByRole('menuitem', { name: 'Copy link' }).click();
    await page.getByText('Share link copied to clipboard!').waitFor();
    const url = await card.getByTestId('share-link').getByRole('link').getAttribute('href');
    expect(url).toMatch(/\/share\//);

    await page.reload();
    await waitForDashboard(page);
    const link = card.getByTestId('share-link');
    await expect(link.getByRole('link').getAttribute('href')).resolves.toBe(url);
    await expect(card.getByTestId('share-facts').textContent()).resolves.toMatch(
      /Shows the prompt, specs and hashtags · never expires · 0 views/,
    );

    // Less than the live link shows: refused with the choice, not answered with the old link.
    await card.getByLabel('Prompt only').check();
    await card.getByLabel('Link expiry').selectOption({ label: 'Expires in 1 day' });
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    await card.getByRole('button', { name: /Share & export/ }).click();
    await card.getByRole('menuitem', { name: 'Copy link' }).click();
    const changes = card.getByTestId('share-changes');
    await changes.waitFor();
    await expect(changes.textContent()).resolves.toContain(
      'People with the old link will lose access.',
    );
    await expect(page.getByText('Share link copied to clipboard!').count()).resolves.toBe(0);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('nothing yet');
    const token = url!.split('/').pop()!;
    const publicView = () =>
      fetch(`${stackInfo().service}/api/share/${token}`).then(
        (r) => r.json() as Promise<PublicShare>,
      );
    expect((await publicView()).specs).toBeDefined();

    // Updating keeps the URL and applies the new settings from the next view.
    await changes.getByRole('button', { name: 'Update this link' }).click();
    await page.getByText(/Link updated and copied: it now shows the prompt only until/).waitFor();
    await expect(link.getByRole('link').getAttribute('href')).resolves.toBe(url);
    // Two service instances answer the public address; each may serve a link it read less than
    // a second ago (the documented bound of the public read cache), so look for up to 2 s.
    await expect
      .poll(
        async () => {
          const view = await publicView();
          return { hasSpecs: view.specs !== undefined, expires: view.expiresAt !== null };
        },
        { timeout: 2000 },
      )
      .toEqual({ hasSpecs: false, expires: true });

    // A new URL is its own, explicit choice: the old link stops working.
    await card.getByLabel('Prompt, specs and hashtags').check();
    await changes.getByRole('button', { name: 'Make a new link' }).click();
    await page.getByText('New link copied. The old link no longer opens.').waitFor();
    const next = await link.getByRole('link').getAttribute('href');
    expect(next).not.toBe(url);
    await expect
      .poll(async () => (await fetch(`${stackInfo().service}/api/share/${token}`)).status, {
        timeout: 2000,
      })
      .toBe(404);

    // Revoking asks first, then focus lands on what happened.
    await link.getByRole('button', { name: 'Revoke link' }).click();
    await link
      .getByRole('group', { name: 'Confirm revoking the link' })
      .getByRole('button', { name: 'Revoke link' })
      .click();
    const notice = card.getByText('Link revoked. It no longer opens.');
    await notice.waitFor();
    await expect(notice.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);

    // Settings tells the rotated link apart from the revoked one.
    await page.goto('/settings/api-keys');
    const statuses = page.getByTestId('share-item').getByTestId('share-status');
    await statuses.first().waitFor();
    await expect(statuses.allTextContents()).resolves.toEqual(['Revoked', 'Replaced']);
    await context.close();
  });

  it('premium key bar: one sentence right for credits, then for the key, and the choice survives navigation', async () => {
    const session = freshUser('premium');
    const video = await createVideo(session.token);
    await addKey(session.token, 'sk-sandbox-valid-e2e-bar-0001');
    await addKey(session.token, 'sk-sandbox-valid-e2e-bar-0002');
    const { context, page } = await signedInContext(browser(), session);
    await openReady(page, video.id);
    const bar = page.getByTestId('key-status-bar');
    await expect(statusSentence(page)).resolves.toMatch(/Paying with Scenra credits/);
    await expect(statusSentence(page)).resolves.not.toMatch(/Using your/);
    // The price is said once, on the Generate card, not again in the bar.
    await expect(statusSentence(page)).resolves.not.toMatch(/Est\./);

    // "Change" chooses which of the two keys pays.
    await bar.getByRole('button', { name: 'Change' }).click();
    const chooser = page.getByTestId('payer-chooser');
    await chooser.getByRole('radio', { name: /••••0002/ }).check();
    await chooser.getByRole('button', { name: 'Done' }).click();
    await expect(statusSentence(page)).resolves.toMatch(/Using your .* key .*\(••••0002\)/);
    await expect(statusSentence(page)).resolves.not.toMatch(/credits/);
    await expect(page.getByTestId('generate-estimate').textContent()).resolves.toMatch(
      /on your key/,
    );

    // Away and back: the same key still pays.
    await page.goto('/settings/api-keys');
    await page.getByTestId('key-list').waitFor();
    await openReady(page, video.id);
    await expect(statusSentence(page)).resolves.toMatch(/\(••••0002\)/);
    await expect(bar.getByRole('radio', { name: /Use your API key/ }).isChecked()).resolves.toBe(
      true,
    );
    await context.close();
  });

  it('a premium user short of credits is offered their key, or a way to get credits', async () => {
    const session = freshUser('premium');
    const video = await createVideo(session.token);
    const { context, page } = await signedInContext(browser(), session);
    await openReady(page, video.id);
    const card = page.getByTestId('generate-card');
    // No key: a way to get credits, not "See plans".
    await card.getByText(/This video costs \d+ credits and you have 0/).waitFor();
    await card.getByRole('button', { name: 'Get credits' }).click();
    await page.waitForURL('**/upgrade');
    await page.getByRole('heading', { name: 'Need more credits?' }).waitFor();

    // With a working key: "Use your key", which switches who pays.
    await addKey(session.token, 'sk-sandbox-valid-e2e-short-0001');
    await openReady(page, video.id);
    await card.getByRole('button', { name: 'Use your key' }).click();
    await card.getByRole('button', { name: 'Generate', exact: true }).waitFor();
    await expect(page.getByTestId('generate-estimate').textContent()).resolves.toMatch(
      /on your key/,
    );
    await expect(card.getByRole('button', { name: 'See plans' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('keys as they are: "not checked yet" with a Check, and a restricted key leads to fixing it', async () => {
    const session = freshUser('free');
    const video = await createVideo(session.token);
    const unchecked = await addKey(session.token, 'sk-sandbox-unavailable-e2e-0001');
    expect(unchecked.status).toBe('unchecked');
    const { context, page } = await signedInContext(browser(), session);
    await openReady(page, video.id);
    const bar = page.getByTestId('key-status-bar');
    await expect(statusSentence(page)).resolves.toMatch(/is not checked yet/);
    await bar.getByRole('button', { name: 'Check key' }).click();
    await page.getByText(/could not be checked|had a problem/).waitFor();

    await apiJson(session.token, `/api/user/api-keys/${unchecked.id}`, { method: 'DELETE' });
    await addKey(session.token, 'sk-sandbox-restricted-e2e-0001');
    await openReady(page, video.id);
    const card = page.getByTestId('generate-card');
    await card.getByText(/lacks a permission/).waitFor();
    await card.getByRole('button', { name: 'Fix your key' }).click();
    await page.waitForURL(`**/settings/api-keys?from=${video.id}`);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await context.close();
  });

  it('a prompt still being synthesized says so and leads back to the roundtable', async () => {
    const session = freshUser('free');
    const video = await createVideo(session.token, { synthesisComplete: false });
    const { context, page } = await signedInContext(browser(), session);
    await page.goto(`/dashboard/videos/${video.id}/ready`);
    await page.getByRole('heading', { level: 1, name: 'Your prompt is not ready yet' }).waitFor();
    await expect(page.getByText('Your Video Prompt is Ready!').count()).resolves.toBe(0);
    await expect(page.getByTestId('generate-card').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /Back to the roundtable/ }).click();
    await page.waitForURL(`**/dashboard/videos/${video.id}/roundtable`);
    await context.close();
  });

  it('"Video not found" offers a way on and no pointless Retry', async () => {
    const session = freshUser('free');
    const { context, page } = await signedInContext(browser(), session);
    await page.goto('/dashboard/videos/65b0000000000000000009ff/ready');
    await page.getByRole('heading', { level: 1, name: 'Video not found' }).waitFor();
    await expect(page.getByRole('button', { name: 'Retry' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Start a new video' }).click();
    await page.waitForURL('**/new');
    await context.close();
  });
});
