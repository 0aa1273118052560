// The system Chromium driven by playwright-core, one per test file: every browser test of the
// repository launches it the same way.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromeArgs, chromePath } from './chrome.ts';

/** A headless system Chromium with the flags these machines need, plus `extraArgs`. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const options: LaunchOptions = {
    executablePath: chromePath(),
    args: [...chromeArgs, ...extraArgs],
    headless: true,
  };
  return chromium.launch(options);
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test.');
    return browser;
  };
}
