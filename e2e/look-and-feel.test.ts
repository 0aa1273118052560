// The look and the keyboard and screen-reader path through every page, measured in Chromium:
// computed styles and boxes, not only that elements exist.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '@scenra/devstack/browser';
import type { ShareResult } from '@scenra/contracts';
import { newHostContext, signInAs } from './support/browser.ts';
import { apiJson, readyVideo } from './support/api.ts';
import { axeViolations, openReadyAs, waitForDashboard } from './support/pages.ts';

const browser = useBrowser();

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
};

const style = (locator: Locator, ...properties: string[]) =>
  locator.evaluate((element, names) => {
    const computed = getComputedStyle(element);
    return Object.fromEntries(names.map((name) => [name, computed.getPropertyValue(name)]));
  }, properties);

const accent = 'rgb(67, 56, 202)';

describe('settings page layout', () => {
  it('spaces its buttons, draws secondary buttons as outlines and hides screen-reader-only text', async () => {
    const { context, page, video, token } = await openReadyAs(browser(), 'byok');
    await apiJson<ShareResult>(token, `/api/videos/${video.id}/share`, {
      method: 'POST',
      body: JSON.stringify({ includeSpecs: true }),
    });
    await page.goto('/settings/api-keys');
    const key = page.getByTestId('key-item').first();
    await key.waitFor();

    // A row of buttons: 8 px apart, none touching.
    const buttons = key.locator('.srd-row > button');
    const boxes = await Promise.all((await buttons.all()).map(box));
    expect(boxes.length).toBe(3);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.x - (boxes[i - 1]!.x + boxes[i - 1]!.width)).toBeGreaterThanOrEqual(8);

    // Secondary buttons are outlines in the accent colour; the primary one is filled.
    const check = await style(
      key.getByRole('button', { name: /^Check now/ }),
      'background-color',
      'color',
      'border-top-color',
    );
    expect(check).toEqual({
      'background-color': 'rgba(0, 0, 0, 0)',
      color: accent,
      'border-top-color': accent,
    });
    const show = await style(
      page.getByRole('button', { name: 'Show key' }),
      'background-color',
      'color',
    );
    expect(show).toEqual({ 'background-color': 'rgba(0, 0, 0, 0)', color: accent });
    const add = await style(
      page.getByRole('button', { name: 'Add key' }),
      'background-color',
      'color',
    );
    expect(add).toEqual({ 'background-color': accent, color: 'rgb(255, 255, 255)' });
    await key.getByRole('button', { name: /^Delete: / }).click();
    const cancel = await style(page.getByRole('button', { name: 'Cancel' }), 'background-color');
    expect(cancel['background-color']).toBe('rgba(0, 0, 0, 0)');
    const confirm = await style(
      page.getByRole('button', { name: 'Delete key' }),
      'background-color',
    );
    expect(confirm['background-color']).toBe('rgb(185, 28, 28)');

    // "Open the public page of …": the "of …" part is for screen readers only.
    const share = page.getByTestId('share-item').first();
    const link = share.getByRole('link', { name: /^Open the public page of “/ });
    const hidden = link.locator('.srd-visually-hidden');
    expect(await style(hidden, 'position', 'clip-path', 'overflow')).toEqual({
      position: 'absolute',
      'clip-path': 'inset(50%)',
      overflow: 'hidden',
    });
    const hiddenBox = await box(hidden);
    expect(hiddenBox.width * hiddenBox.height).toBeLessThanOrEqual(1);
    // Link and Revoke button sit side by side with a gap, at least 44 px tall.
    const linkBox = await box(link);
    const revokeBox = await box(share.getByRole('button', { name: /^Revoke/ }));
    expect(revokeBox.x - (linkBox.x + linkBox.width)).toBeGreaterThanOrEqual(8);
    expect(linkBox.height).toBeGreaterThanOrEqual(44);

    // Revoking (after confirming) removes the buttons that had focus: focus stays on the page.
    await share.getByRole('button', { name: /^Revoke/ }).click();
    await page.getByRole('button', { name: 'Revoke link' }).click();
    await share.and(page.locator('[data-status="revoked"]')).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    await context.close();
  });
});

describe('one focus ring', () => {
  it('React buttons, radios, selects and the Lit elements show the same 3 px accent ring', async () => {
    const { context, page } = await openReadyAs(browser(), 'byok', { colorScheme: 'light' });
    const ringOf = async (focus: () => Promise<void>) => {
      await focus();
      return page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        const s = getComputedStyle(element!);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
      });
    };
    const share = page.getByTestId('share-card');
    const expected = `solid 3px ${accent}`;
    // :focus-visible comes from the keyboard: focus the control before, then Tab onto it.
    const tabOnto = (locator: Locator) => async () => {
      await locator.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
    };
    expect(await ringOf(tabOnto(share.getByRole('radio').first()))).toBe(expected);
    expect(await ringOf(tabOnto(share.getByRole('combobox')))).toBe(expected);
    expect(await ringOf(tabOnto(share.getByRole('button', { name: /Share & export/ })))).toBe(
      expected,
    );
    expect(
      await ringOf(
        tabOnto(page.getByTestId('copy-card').getByRole('button', { name: 'Copy prompt' })),
      ),
    ).toBe(expected);
    expect(await ringOf(tabOnto(page.getByText('Optimized prompt')))).toBe(expected);
    await context.close();
  });
});

describe('titles, skip link and focus on navigation', () => {
  it('every page has its own title; focus moves to the new heading; the skip link leads to the content', async () => {
    const { video } = await readyVideo('byok');
    const context = await newHostContext(browser());
    const page = await context.newPage();
    await signInAs(page, 'byok');
    await page.reload();
    await page.getByTestId('video-list').waitFor();
    await expect(page.title()).resolves.toBe('Your videos · Scenra');

    // The skip link is the first stop of the keyboard and takes focus into <main>.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect((await box(skip)).y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

    await page.goto(`/dashboard/videos/${video.id}/ready`);
    await waitForDashboard(page);
    await expect.poll(() => page.title()).toBe(`Ready: ${video.title} · Scenra`);

    // An in-app navigation, as a user makes it: focus lands on the new page's heading.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'API keys' })
      .click();
    await page.getByTestId('key-item').first().waitFor();
    await expect.poll(() => page.title()).toBe('API keys · Scenra');
    await expect
      .poll(() =>
        page.evaluate(() => {
          // The remote's page draws in an open shadow root: follow focus into it.
          let focused = document.activeElement;
          while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
          return `${focused?.tagName} ${focused?.textContent}`;
        }),
      )
      .toBe('H1 API keys');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Plans' })
      .click();
    await expect.poll(() => page.title()).toBe('Plans · Scenra');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    await context.close();
  });
});

describe('touch layout', () => {
  it('on a phone every tap target is at least 44×44 px', async () => {
    const { context, page } = await openReadyAs(browser(), 'premium', {
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const targets: Array<[string, Locator]> = [
      ['nav links', page.getByRole('navigation', { name: 'Main' }).getByRole('link')],
      ['back link', page.getByRole('button', { name: '← Back to Discussion' })],
      ['privacy choices', page.getByTestId('share-card').locator('label:has(input[type=radio])')],
      ['expiry', page.getByTestId('share-card').getByRole('combobox')],
      ['section toggles', page.getByTestId('remote-ready-dashboard').locator('summary')],
    ];
    for (const [what, locator] of targets) {
      const all = await locator.all();
      expect(all.length, what).toBeGreaterThan(0);
      for (const target of all) {
        const b = await box(target);
        expect(
          Math.min(b.width, b.height),
          `${what}: ${Math.round(b.width)}×${Math.round(b.height)}`,
        ).toBeGreaterThanOrEqual(44);
      }
    }
    await context.close();
  });
});

describe('the ready page', () => {
  it('on a desktop both rows of cards are balanced: no card has a large empty area', async () => {
    // Measured without an active link, whose details other tests may have left on the card.
    const { video, token } = await readyVideo('byok');
    await apiJson(token, `/api/videos/${video.id}/share`, { method: 'DELETE' }).catch(
      () => undefined,
    );
    const { context, page } = await openReadyAs(browser(), 'byok', {
      viewport: { width: 1440, height: 900 },
    });
    // The card's height less what its parts, gaps and padding take.
    const emptySpace = (testId: string) =>
      page.getByTestId(testId).evaluate((card) => {
        const inner = card.shadowRoot!.querySelector<HTMLElement>('.card')!;
        const s = getComputedStyle(inner);
        const parts = [...inner.children].filter((c) => getComputedStyle(c).display !== 'none');
        const used =
          parts.reduce((sum, part) => sum + part.getBoundingClientRect().height, 0) +
          parseFloat(s.rowGap) * (parts.length - 1) +
          parseFloat(s.paddingTop) +
          parseFloat(s.paddingBottom) +
          parseFloat(s.borderTopWidth) +
          parseFloat(s.borderBottomWidth);
        return inner.getBoundingClientRect().height - used;
      });
    for (const id of ['copy-card', 'generate-card', 'open-in-card', 'share-card'])
      expect(await emptySpace(id), id).toBeLessThan(64);
    await context.close();
  });

  it('the Share & export button looks the same before and after its menu loads', async () => {
    const { context, page } = await openReadyAs(browser(), 'byok');
    const look = (locator: Locator) =>
      locator.evaluate((el) => {
        const s = getComputedStyle(el);
        const b = el.getBoundingClientRect();
        return [
          s.fontWeight,
          s.fontSize,
          s.color,
          s.backgroundColor,
          s.borderRadius,
          b.width,
          b.height,
        ];
      });
    const card = page.getByTestId('share-card');
    const placeholder = card.locator('button.srd-button');
    const before = await look(placeholder);
    // The first click loads the real menu element in its place and opens it.
    await placeholder.click();
    await page.getByRole('menuitem', { name: 'Copy link' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: 'Copy link' }).waitFor({ state: 'hidden' });
    const real = page.getByTestId('share-menu').locator('[part="button"]');
    expect(await look(real)).toEqual(before);
    // …and like the select beside it: one control height.
    const select = await box(card.getByRole('combobox'));
    expect(select.height).toBe((await box(real)).height);
    await context.close();
  });

  it('copy reads in one language whatever the browser locale, dates included', async () => {
    const { context, page } = await openReadyAs(browser(), 'free', { locale: 'de-DE' });
    await expect(page.getByTestId('ready-meta').innerText()).resolves.toMatch(
      /^for .+ · Created .+ ago$/,
    );
    await context.close();
  });

  it('the celebration shows inside the dashboard, never over the host navigation', async () => {
    const { video } = await readyVideo('byok');
    const context = await newHostContext(browser(), { reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await signInAs(page, 'byok');
    await page.evaluate((id) => localStorage.removeItem(`scenra:celebrated:${id}`), video.id);
    await page.goto(`/dashboard/videos/${video.id}/ready`);
    const glow = page.getByTestId('celebration');
    await glow.waitFor();
    const [glowBox, rootBox, headerBox] = await Promise.all([
      box(glow),
      box(page.getByTestId('remote-ready-dashboard')),
      box(page.locator('header.hs-bar')),
    ]);
    expect(glowBox.y).toBeGreaterThanOrEqual(headerBox.y + headerBox.height);
    expect(glowBox.y).toBeGreaterThanOrEqual(rootBox.y);
    expect(glowBox.x + glowBox.width).toBeLessThanOrEqual(rootBox.x + rootBox.width + 0.5);
    // Visible: the glow is a tinted gradient, not a near-transparent wash.
    expect(await style(glow, 'background-image').then((s) => s['background-image'])).toContain(
      'radial-gradient',
    );
    await context.close();
  });
});

describe('accessibility in dark mode (axe-core, colour contrast included)', () => {
  const dark = { colorScheme: 'dark' as const };

  it('the ready page for each persona, with the share menu and details open', async () => {
    for (const persona of ['free', 'byok', 'premium'] as const) {
      const { context, page } = await openReadyAs(browser(), persona, dark);
      await expect(axeViolations(page), persona).resolves.toEqual([]);
      if (persona === 'premium') {
        await page
          .getByTestId('share-card')
          .getByRole('button', { name: /Share & export/ })
          .click();
        await page.getByRole('menuitem', { name: 'Copy link' }).waitFor();
        for (const summary of await page.locator('summary').all()) await summary.click();
        await expect(axeViolations(page)).resolves.toEqual([]);
      }
      if (persona === 'free') {
        await page
          .getByTestId('generate-card')
          .getByRole('button', { name: /Generate/ })
          .click();
        await page.getByRole('dialog').waitFor();
        await expect(axeViolations(page)).resolves.toEqual([]);
      }
      await context.close();
    }
  });

  it("the host's own pages: sign-in, video list, roundtable, plans", async () => {
    const { video } = await readyVideo('byok');
    const context = await newHostContext(browser(), dark);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in as Free with own key' }).waitFor();
    await expect(axeViolations(page), 'sign-in').resolves.toEqual([]);
    await signInAs(page, 'byok');
    await expect(axeViolations(page), 'video list').resolves.toEqual([]);
    await page.goto(`/dashboard/videos/${video.id}/roundtable`);
    await page.getByRole('link', { name: 'Continue to Final Step →' }).waitFor();
    await expect(axeViolations(page), 'roundtable').resolves.toEqual([]);
    await page.goto('/upgrade');
    await page.getByRole('heading', { name: 'Plans' }).waitFor();
    await expect(axeViolations(page), 'plans').resolves.toEqual([]);
    await context.close();
  });

  it('settings with a key, its confirmation and a share link; the public share page', async () => {
    const { context, page, video, token } = await openReadyAs(browser(), 'byok', dark);
    const share = await apiJson<ShareResult>(token, `/api/videos/${video.id}/share`, {
      method: 'POST',
      body: JSON.stringify({ includeSpecs: true }),
    });
    await page.goto('/settings/api-keys');
    await page.getByTestId('share-item').first().waitFor();
    await page
      .getByTestId('key-item')
      .first()
      .getByRole('button', { name: /^Delete: / })
      .click();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();

    const stranger = await browser().newContext(dark);
    const publicPage: Page = await stranger.newPage();
    await publicPage.goto(share.url);
    await publicPage.getByRole('heading', { level: 1 }).waitFor();
    await expect(axeViolations(publicPage)).resolves.toEqual([]);
    await stranger.close();
    await context.close();
  });
});
