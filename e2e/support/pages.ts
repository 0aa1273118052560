// Steps the flows share: opening a persona's ready page, checking accessibility with axe-core,
// and reading what the remote put on the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Persona, Video } from '@scenra/contracts';
import { newHostContext, signInAs } from './browser.ts';
import { readyVideo } from './api.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Signs a fresh context in as `persona` and opens the ready page of their finished video. */
export async function openReadyAs(
  browser: Browser,
  persona: Persona,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; video: Video; token: string }> {
  const { video, token } = await readyVideo(persona);
  const context = await newHostContext(browser, options);
  const page = await context.newPage();
  await signInAs(page, persona);
  await page.goto(`/dashboard/videos/${video.id}/ready`);
  await waitForDashboard(page);
  return { context, page, video, token };
}

/** The dashboard has drawn its cards and its account-dependent parts. */
export async function waitForDashboard(page: Page): Promise<void> {
  await page.getByTestId('copy-card').getByRole('button', { name: 'Copy prompt' }).waitFor();
  await page.getByTestId('key-status-bar').waitFor();
}

/** axe-core's violations on the page as it is now (WCAG 2.x A/AA and best practices). */
export async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string | null; nodes: string[] }>> {
  // Colours are judged at rest: let entrance animations (e.g. a dialog fading in) finish first.
  await page.waitForFunction(() => {
    // Every shadow root, nested ones included (the pages draw inside one, their elements too).
    const roots: Array<Document | ShadowRoot> = [document];
    for (let i = 0; i < roots.length; i++)
      for (const element of roots[i]!.querySelectorAll('*'))
        if (element.shadowRoot) roots.push(element.shadowRoot);
    return roots
      .flatMap((root) => root.getAnimations())
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      );
  });
  // Evaluated through the DevTools protocol: the pages' Content-Security-Policy stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              nodes: Array<{ target: unknown[]; failureSummary?: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    }));
  });
}

export const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Copies the prompt from the Copy card and checks the toast and what the clipboard holds. */
export async function copyPromptAndExpect(page: Page, prompt: string): Promise<void> {
  await page.getByTestId('copy-card').getByRole('button', { name: 'Copy prompt' }).click();
  await page.getByText('Prompt copied to clipboard!').waitFor();
  await expect(clipboardText(page)).resolves.toBe(prompt);
}

/** Presses Tab until `matches` says the focused element is the one wanted (at most `max` times). */
export async function tabTo(
  page: Page,
  matches: (page: Page) => Promise<boolean>,
  max = 40,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await matches(page)) return;
  }
  throw new Error(`the wanted element never got focus after ${max} Tab presses`);
}

/** Deletes the one key the settings page lists, confirming first, and waits for the empty list. */
export async function deleteOnlyKey(settings: Locator): Promise<void> {
  await settings
    .getByTestId('key-item')
    .getByRole('button', { name: /^Delete: / })
    .click();
  await settings
    .getByRole('group', { name: 'Confirm deletion' })
    .getByRole('button', { name: 'Delete key' })
    .click();
  await settings.getByTestId('no-keys').waitFor();
}
