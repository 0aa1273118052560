// Chromium (the system one, never downloaded) and the steps every flow starts with.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Persona } from '@scenra/contracts';
import './stackInfo.ts';

export function stackInfo() {
  return inject('stack');
}

/** A fresh browser profile on the host's origin, allowed to use the clipboard. */
export async function newHostContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: stackInfo().host, ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: stackInfo().host,
  });
  return context;
}

const personaButtons: Record<Persona, string> = {
  free: 'Sign in as Free, no key',
  byok: 'Sign in as Free with own key',
  premium: 'Sign in as Premium',
};

/** Signs in through the host's home page and waits for the persona's video list. */
export async function signInAs(page: Page, persona: Persona): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: personaButtons[persona] }).click();
  await page.getByTestId('video-list').waitFor();
}

/** Control of the remote's origin, for the fallback tests. */
export async function setRemote(state: 'stop' | 'start'): Promise<void> {
  const response = await fetch(`${stackInfo().control}/remote/${state}`, { method: 'POST' });
  if (!response.ok) throw new Error(`could not ${state} the remote: ${await response.text()}`);
}
