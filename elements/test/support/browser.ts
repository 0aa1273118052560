// The system Chromium (never downloaded) showing a consumer's built page from memory, on a
// made-up origin, so no server or port is needed.
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export const ORIGIN = 'http://consumer.test';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
};

/** A page whose `body` is followed by the app's bundled `code` as a module script. */
export function scriptPage(title: string, body: string, code: string): Record<string, string> {
  return {
    '/': `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><body>${body}<script type="module" src="/main.js"></script></body></html>`,
    '/main.js': code,
  };
}

/** Opens `files` (path → content; `/` is the page) and collects the page's errors. */
export async function openPage(
  browser: Browser,
  files: Record<string, string>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) errors.push(message.text());
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = files[path];
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body, contentType: types[extname(path) || '.html'] });
  });
  await page.goto(`${ORIGIN}/`);
  return { page, errors };
}

/** A built folder (e.g. Vite's dist/) as the `files` of openPage. */
export function folderFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    const url = `/${relative(dir, path)}`;
    files[url === '/index.html' ? '/' : url] = readFileSync(path, 'utf8');
  }
  return files;
}

/**
 * The scenario every guide implements: the step indicator shows step 2, the copy card's
 * button fires `scenra-action`, the app marks the card done and moves the indicator to 3.
 */
async function copyFlow(page: Page): Promise<{ before: string; after: string }> {
  const summary = page.locator('scenra-step-indicator [part="summary"]');
  const button = page.locator('scenra-prompt-action-card [part="button"]');
  await summary.waitFor();
  const before = `${await summary.textContent()} / ${(await button.textContent())?.trim()}`;
  await button.click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('scenra-step-indicator')
        ?.shadowRoot?.querySelector('[part="summary"]')
        ?.textContent?.includes('Step 3'),
    undefined,
    { timeout: 5000 },
  );
  const after = `${await summary.textContent()} / ${(await button.textContent())?.trim()}`;
  return { before, after };
}

/** Opens the app and checks the copy flow: step 2 and "Copy" before, step 3 and "Copied ✓" after, no console error. */
export async function expectCopyFlow(
  browser: Browser,
  files: Record<string, string>,
): Promise<void> {
  const { page, errors } = await openPage(browser, files);
  expect(await copyFlow(page)).toEqual({
    before: 'Step 2 of 3 / Copy',
    after: 'Step 3 of 3 / Copied ✓',
  });
  expect(errors).toEqual([]);
}
