// Sharing and exporting a prompt: the link (made with the keyboard alone) opens the public page
// in a browser that never signed in; the PDF, JSON and Markdown carry the prompt; the owner
// sees the link's views in settings and revokes it there.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import type { Video } from '@scenra/contracts';
import { clipboardText, openReadyAs, tabTo } from './support/pages.ts';

const browser = useBrowser();
let page: Page;
let video: Video;
beforeAll(async () => {
  ({ page, video } = await openReadyAs(browser(), 'premium'));
});

const shareCard = () => page.getByTestId('share-card');

/** Opens the share menu from the keyboard and activates `entry`. */
async function chooseWithKeyboard(entry: string): Promise<void> {
  const menuButton = shareCard().getByRole('button', { name: /Share & export/ });
  await page.locator('body').focus();
  await tabTo(page, () => menuButton.evaluate((el) => el.matches(':focus')));
  await page.keyboard.press('ArrowDown');
  const item = shareCard().getByRole('menuitem', { name: entry });
  await item.waitFor();
  for (let i = 0; i < 4 && !(await item.evaluate((el) => el.matches(':focus'))); i++)
    await page.keyboard.press('ArrowDown');
  await expect(item.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
  await page.keyboard.press('Enter');
}

async function downloadFromMenu(entry: string): Promise<{ path: string; name: string }> {
  await shareCard()
    .getByRole('button', { name: /Share & export/ })
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    shareCard().getByRole('menuitem', { name: entry }).click(),
  ]);
  const path = await download.path();
  return { path, name: download.suggestedFilename() };
}

describe('share and export', () => {
  let shareUrl = '';

  it('copies a share link with the keyboard alone, and the link opens the public page in a fresh browser', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    await chooseWithKeyboard('Copy link');
    await page.getByText('Share link copied to clipboard!').waitFor();
    shareUrl = await clipboardText(page);
    expect(shareUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/share\/\S+$/);
    await expect(
      shareCard().getByTestId('share-link').getByRole('link').getAttribute('href'),
    ).resolves.toBe(shareUrl);

    const stranger = await browser().newContext();
    const publicPage = await stranger.newPage();
    const response = await publicPage.goto(shareUrl);
    expect(response?.status()).toBe(200);
    await publicPage.getByRole('heading', { level: 1, name: video.title }).waitFor();
    await expect(publicPage.locator('main').textContent()).resolves.toContain(
      video.optimizedPrompt,
    );
    await expect(
      publicPage.locator('meta[name="robots"]').getAttribute('content'),
    ).resolves.toContain('noindex');
    await stranger.close();
  });

  it('downloads a PDF whose text holds the prompt', async () => {
    const { path, name } = await downloadFromMenu('Download PDF');
    expect(name).toMatch(/\.pdf$/);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    // PDF text comes back with its own line breaks: compare word runs.
    expect(text).toContain(video.optimizedPrompt.replace(/\s+/g, ' ').slice(0, 60));
    expect(text).toContain(video.title);
    await page.getByText(/^PDF downloaded: /).waitFor();
  });

  it('exports JSON holding the prompt and copies Markdown holding it too', async () => {
    const { path, name } = await downloadFromMenu('Export JSON');
    expect(name).toMatch(/\.json$/);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(exported)).toContain(JSON.stringify(video.optimizedPrompt).slice(1, -1));
    await page.getByText(/^JSON downloaded: /).waitFor();

    await shareCard()
      .getByRole('button', { name: /Share & export/ })
      .click();
    await shareCard().getByRole('menuitem', { name: 'Copy as Markdown' }).click();
    await page.getByText('Markdown copied to clipboard!').waitFor();
    const markdown = await clipboardText(page);
    expect(markdown).toContain(video.optimizedPrompt);
    expect(markdown).toMatch(/^# /);
  });

  it('lists the link with its views in settings and revokes it there', async () => {
    await page.goto('/settings/api-keys');
    const item = page
      .getByTestId('share-item')
      .filter({ hasText: video.title })
      .and(page.locator('[data-status="active"]'));
    await item.waitFor();
    await expect(item.getByTestId('share-views').textContent()).resolves.not.toBe('0');
    await item.getByRole('button', { name: /^Revoke/ }).click();
    // Revoking asks first; then focus lands on the list's heading, the status line says why.
    const confirm = item.getByRole('group', { name: 'Confirm revoking the link' });
    await expect(
      confirm.getByRole('button', { name: 'Revoke link' }).evaluate((el) => el.matches(':focus')),
    ).resolves.toBe(true);
    await confirm.getByRole('button', { name: 'Revoke link' }).click();
    await page.getByTestId('settings-status').getByText('was revoked').waitFor();
    await expect(
      page.getByRole('heading', { name: 'Shared links' }).evaluate((el) => el.matches(':focus')),
    ).resolves.toBe(true);
    const gone = await fetch(shareUrl);
    expect(gone.status).toBe(404);
  });
});
