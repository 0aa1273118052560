// The ready dashboard's actions that need nothing but the video: copy (mouse and keyboard),
// Open in…, Markdown, the collapsible details, and the analytics events the host receives.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import { videoToMarkdown, type Video } from '@scenra/contracts';
import { newHostContext, signInAs } from './support/browser.ts';
import { readyVideo } from './support/api.ts';

const browser = useBrowser();
let video: Video;
beforeAll(async () => {
  ({ video } = await readyVideo('free'));
});

async function openReady(): Promise<Page> {
  const context = await newHostContext(browser());
  const page = await context.newPage();
  await signInAs(page, 'free');
  await page.goto(`/dashboard/videos/${video.id}/ready`);
  await page.getByTestId('copy-card').getByRole('button', { name: 'Copy prompt' }).waitFor();
  return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const loggedEvents = (page: Page) =>
  page
    .getByTestId('event-log')
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-event')));

describe('ready dashboard actions', () => {
  it('copies the prompt with one click, confirms, and resets the button after 2 s', async () => {
    const page = await openReady();
    await page.getByTestId('copy-card').getByRole('button', { name: 'Copy prompt' }).click();
    await page.getByTestId('copy-card').getByRole('button', { name: 'Copied ✓' }).waitFor();
    await page.getByText('Prompt copied to clipboard!').waitFor();
    await expect(clipboard(page)).resolves.toBe(video.optimizedPrompt);
    await page
      .getByTestId('copy-card')
      .getByRole('button', { name: 'Copy prompt' })
      .waitFor({ timeout: 4000 });
    await expect(loggedEvents(page)).resolves.toEqual(
      expect.arrayContaining(['ready_viewed', 'prompt_copied']),
    );
    await page.context().close();
  });

  it('copies with the keyboard alone', async () => {
    const page = await openReady();
    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    const button = page.getByTestId('copy-card').getByRole('button', { name: 'Copy prompt' });
    // Tab from the top of the page until the copy button has focus, then press Enter.
    await page.locator('body').focus();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await button.evaluate((el) => el.matches(':focus'))) break;
    }
    await expect(button.evaluate((el) => el.matches(':focus'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Prompt copied to clipboard!').waitFor();
    await expect(clipboard(page)).resolves.toBe(video.optimizedPrompt);
    await page.context().close();
  });

  it('Open in… copies the prompt, opens the tool in a new tab and says where to paste', async () => {
    const page = await openReady();
    // No outside network here: answer for the tool's site so the new tab has a page.
    await page
      .context()
      .route('https://app.runwayml.com/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Runway</title>' }),
      );
    const card = page.getByTestId('open-in-card');
    await card.getByLabel('Video tool').selectOption({ label: 'Runway' });
    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      card.getByRole('button', { name: /Open in Runway/ }).click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(/^https:\/\/app\.runwayml\.com\//);
    await page.getByText('Prompt copied! Paste it in Runway').waitFor();
    await expect(clipboard(page)).resolves.toBe(video.optimizedPrompt);
    await expect(loggedEvents(page)).resolves.toContain('open_external');
    await page.context().close();
  });

  it('copies the prompt as Markdown from the share menu', async () => {
    const page = await openReady();
    const card = page.getByTestId('share-card');
    await card.getByRole('button', { name: /Share & export/ }).click();
    await card.getByRole('menuitem', { name: /Markdown/ }).click();
    await page.getByText('Markdown copied to clipboard!').waitFor();
    const markdown = await clipboard(page);
    expect(markdown).toBe(videoToMarkdown(video, { includeSpecs: true }));
    expect(markdown).toContain(video.optimizedPrompt);
    await page.context().close();
  });

  it('shows the specs as a table and copies all hashtags from the collapsibles', async () => {
    const page = await openReady();
    await page.locator('summary', { hasText: 'Technical specifications' }).click();
    await page.getByRole('rowheader', { name: 'Aspect ratio' }).waitFor();
    await expect(page.getByRole('row', { name: /Aspect ratio/ }).textContent()).resolves.toContain(
      video.specs.aspectRatio,
    );
    await page.locator('summary', { hasText: /^Hashtags/ }).click();
    await page.getByRole('button', { name: 'Copy all hashtags' }).click();
    await page.getByText('Hashtags copied to clipboard!').waitFor();
    await expect(clipboard(page)).resolves.toBe(video.hashtags.join(' '));
    await expect(loggedEvents(page)).resolves.toEqual(expect.arrayContaining(['section_expanded']));
    await page.context().close();
  });

  it('"Back to Discussion" and "Create another video" navigate inside the host', async () => {
    const page = await openReady();
    // A full page load would drop this mark: still finding it at the end proves the host's
    // router moved between its pages, not the browser.
    await page.evaluate(() => Object.assign(window, { stayedInHost: true }));
    const heading = page.getByRole('heading', { level: 1 });

    await page.getByRole('button', { name: 'Create another video' }).click();
    await page.waitForURL('**/new');
    await expect(heading.textContent()).resolves.toBe('Create another video');

    await page.goBack();
    await page.getByRole('button', { name: '← Back to Discussion' }).click();
    await page.waitForURL(`**/dashboard/videos/${video.id}/roundtable`);
    await expect(heading.textContent()).resolves.toBe(video.title);
    await expect(page.evaluate(() => 'stayedInHost' in window)).resolves.toBe(true);
    await page.context().close();
  });
});
