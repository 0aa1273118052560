// The ready page on a phone, and axe-core on every page of the remote in its main states.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import type { ShareResult } from '@scenra/contracts';
import { apiJson } from './support/api.ts';
import { axeViolations, openReadyAs } from './support/pages.ts';

const artifacts = resolve(import.meta.dirname, '../artifacts');

const browser = useBrowser();

describe('phone layout', () => {
  it('at 375×812 the ready page has no horizontal scroll and its cards stack', async () => {
    const { context, page } = await openReadyAs(browser(), 'byok', {
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const boxes = await page
      .getByTestId('action-cards')
      .locator(':scope > *')
      .evaluateAll((cards) =>
        cards
          .map((card) => card.getBoundingClientRect())
          .map(({ x, y, width, height }) => ({ x, y, width, height })),
      );
    expect(boxes).toHaveLength(4);
    for (const [index, box] of boxes.entries()) {
      expect(box.x).toBe(boxes[0]!.x);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      if (index > 0)
        expect(box.y).toBeGreaterThanOrEqual(boxes[index - 1]!.y + boxes[index - 1]!.height);
    }
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'ready-375x812.png'), fullPage: true });
    await context.close();
  });

  it('on a desktop the actions sit two by two', async () => {
    const { context, page } = await openReadyAs(browser(), 'byok', {
      viewport: { width: 1280, height: 900 },
    });
    const ys = await page
      .getByTestId('action-cards')
      .locator(':scope > *')
      .evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().y)));
    expect(ys[0]).toBe(ys[1]);
    expect(ys[2]).toBe(ys[3]);
    expect(ys[2]).toBeGreaterThan(ys[0]!);
    await context.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('the ready page: free persona, premium persona with its billing choice, and the upgrade dialog open', async () => {
    const free = await openReadyAs(browser(), 'free');
    await expect(axeViolations(free.page)).resolves.toEqual([]);
    await free.page
      .getByTestId('generate-card')
      .getByRole('button', { name: /Generate/ })
      .click();
    await free.page.getByRole('dialog').waitFor();
    await expect(axeViolations(free.page)).resolves.toEqual([]);
    await free.context.close();

    const premium = await openReadyAs(browser(), 'premium');
    await premium.page
      .getByTestId('share-card')
      .getByRole('button', { name: /Share & export/ })
      .click();
    await premium.page.getByRole('menuitem', { name: 'Copy link' }).waitFor();
    for (const summary of await premium.page.locator('summary').all()) await summary.click();
    await expect(axeViolations(premium.page)).resolves.toEqual([]);
    await premium.context.close();
  });

  it('the settings page with a key, its activity and a share link', async () => {
    const { context, page, video, token } = await openReadyAs(browser(), 'byok');
    await apiJson<ShareResult>(token, `/api/videos/${video.id}/share`, {
      method: 'POST',
      body: JSON.stringify({ includeSpecs: true }),
    });
    await page.goto('/settings/api-keys');
    await page.getByTestId('key-item').first().waitFor();
    await page.getByTestId('share-item').first().waitFor();
    await page
      .getByTestId('key-item')
      .first()
      .getByRole('button', { name: /^Recent activity/ })
      .click();
    await page.locator('[data-testid="key-activity"][data-loaded="true"]').waitFor();
    await page
      .getByTestId('key-item')
      .first()
      .getByRole('button', { name: /^Delete: / })
      .click();
    await page.getByRole('group', { name: 'Confirm deletion' }).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });

  it('the public share page', async () => {
    const { context, page, video, token } = await openReadyAs(browser(), 'premium');
    const share = await apiJson<ShareResult>(token, `/api/videos/${video.id}/share`, {
      method: 'POST',
      body: JSON.stringify({ includeSpecs: true }),
    });
    const stranger = await browser().newContext();
    const publicPage = await stranger.newPage();
    await publicPage.goto(share.url);
    await publicPage.getByRole('heading', { level: 1 }).waitFor();
    await expect(axeViolations(publicPage)).resolves.toEqual([]);
    await stranger.close();
    await context.close();
    await page.close().catch(() => undefined);
  });
});
