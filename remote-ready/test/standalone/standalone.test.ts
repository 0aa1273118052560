// The standalone bundle on a plain HTML page: no React, no Module Federation, no Vite —
// a srcdoc iframe whose only script is the built file, driven through attributes and events.
import { afterEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import packageJson from '../../package.json' with { type: 'json' };
import type { ScenraStepIndicator } from '../../src/elements/step-indicator/step-indicator.ts';

/** Relative to the project root (remote-ready/). */
const BUNDLE = 'dist/elements/scenra-elements.js';

/** The built file, byte for byte; a missing build fails here with the command to fix it. */
async function readBundle(): Promise<string> {
  try {
    return await commands.readFile(BUNDLE);
  } catch (error) {
    throw new Error(
      `remote-ready/dist/elements/scenra-elements.js is missing (${String(error)}). ` +
        'Build it: npm run build -w @scenra/remote-ready',
      { cause: error },
    );
  }
}

const PAGE = (bundleUrl: string, copyUrl: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Scenra elements, standalone</title>
<script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.error?.message ?? e.message)));
window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
</head>
<body>
  <main>
    <h1>Standalone elements</h1>
    <scenra-step-indicator current="2" total="3" labels="Brief, Roundtable, Ready"></scenra-step-indicator>
    <scenra-prompt-action-card action="copy" heading="Copy prompt" action-label="Copy to clipboard" done-label="Copied ✓"></scenra-prompt-action-card>
    <scenra-api-key-status-bar status="valid" key-suffix="abc1" tier="premium" credits="10"></scenra-api-key-status-bar>
    <scenra-share-export-menu></scenra-share-export-menu>
    <scenra-open-in-button prompt="A prompt"></scenra-open-in-button>
    <scenra-toast></scenra-toast>
    <scenra-upgrade-dialog></scenra-upgrade-dialog>
  </main>
  <script type="module" src="${bundleUrl}"></script>
  <script type="module" src="${bundleUrl}"></script>
  <script type="module" src="${copyUrl}"></script>
</body>
</html>`;

const TAGS = [
  'scenra-step-indicator',
  'scenra-prompt-action-card',
  'scenra-api-key-status-bar',
  'scenra-share-export-menu',
  'scenra-open-in-button',
  'scenra-toast',
  'scenra-upgrade-dialog',
];

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** Loads the page with the bundle included twice by URL and once more as a second copy. */
type StandalonePage = Window & typeof globalThis & { errors: string[]; warnings: string[] };

async function loadPage(bundle: string, secondCopy = bundle): Promise<StandalonePage> {
  const url = (code: string) => URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  frame.srcdoc = PAGE(url(bundle), url(secondCopy));
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as StandalonePage;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  // Both copies have run once their module scripts finished (the load event waits for them).
  return win;
}

const inFrame = (win: Window, selector: string) => {
  const el = win.document.querySelector(selector);
  if (!el) throw new Error(`no ${selector} on the standalone page`);
  return el as HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };
};

describe('standalone bundle (dist/elements/scenra-elements.js)', () => {
  test('is a self-contained ESM file: Lit inside, no React, no federation runtime, within budget', async () => {
    const bundle = await readBundle();
    expect(bundle).toMatch(/export\s*\{/);
    expect(bundle).not.toMatch(/\bimport\s*[{"'*]/);
    expect(bundle).not.toMatch(/react-dom|__federation|__webpack_require__\.federation/);
    const gzipped = await new Response(
      new Blob([bundle]).stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    expect(gzipped.byteLength).toBeLessThanOrEqual(25 * 1024);
  });

  test('a plain page that loads it twice registers every element and throws nothing', async () => {
    const win = await loadPage(await readBundle());
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).toBeDefined();
    expect(win.errors).toEqual([]);
    expect(win.warnings).toEqual([]);
    const indicator = inFrame(win, 'scenra-step-indicator') as unknown as ScenraStepIndicator & {
      shadowRoot: ShadowRoot;
    };
    await indicator.updateComplete;
    expect(indicator.shadowRoot.textContent).toContain('Step 2 of 3');
    indicator.setAttribute('current', '3');
    await indicator.updateComplete;
    expect(indicator.shadowRoot.querySelector('[part="summary"]')!.textContent).toBe('Step 3 of 3');
  });

  test('a copy of another major version warns once, naming both versions', async () => {
    const bundle = await readBundle();
    const stamp = `"${packageJson.version}"`;
    // The version is written once in the bundle: the copy is the same code, released as 99.0.0.
    expect(bundle.split(stamp)).toHaveLength(2);
    const win = await loadPage(bundle, bundle.replace(stamp, '"99.0.0"'));
    expect(win.errors).toEqual([]);
    expect(win.warnings).toHaveLength(1);
    expect(win.warnings[0]).toContain(
      `Scenra elements 99.0.0: <scenra-step-indicator> is already defined by Scenra elements ${packageJson.version}`,
    );
    const defined = win.customElements.get('scenra-toast') as unknown as { version: string };
    expect(defined.version).toBe(packageJson.version);
  });

  test('elements are driven by attributes and report through their events', async () => {
    const win = await loadPage(await readBundle());
    const seen: string[] = [];
    for (const name of [
      'scenra-action',
      'scenra-menu-select',
      'scenra-billing-change',
      'scenra-upgrade-choice',
      'scenra-close',
    ]) {
      win.document.addEventListener(name, (e) => {
        const detail = e as Event & {
          action?: string;
          item?: string;
          billing?: string;
          choice?: string;
        };
        seen.push(
          `${e.type}:${detail.action ?? detail.item ?? detail.billing ?? detail.choice ?? ''}`,
        );
      });
    }

    const card = inFrame(win, 'scenra-prompt-action-card');
    await card.updateComplete;
    await userEvent.click(card.shadowRoot.querySelector('button')!);
    card.setAttribute('state', 'done');
    await card.updateComplete;
    expect(card.shadowRoot.querySelector('button')!.textContent).toContain('Copied ✓');

    const menu = inFrame(win, 'scenra-share-export-menu');
    await menu.updateComplete;
    const trigger = menu.shadowRoot.querySelector<HTMLButtonElement>('[part="button"]')!;
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    await menu.updateComplete;
    await userEvent.keyboard('{End}');
    await userEvent.keyboard('{Enter}');
    await menu.updateComplete;
    expect(menu.hasAttribute('open')).toBe(false);

    const status = inFrame(win, 'scenra-api-key-status-bar');
    await status.updateComplete;
    await userEvent.click(
      status.shadowRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!,
    );
    expect(status.getAttribute('billing')).toBe('byok');

    const dialog = inFrame(win, 'scenra-upgrade-dialog');
    dialog.setAttribute('open', '');
    await dialog.updateComplete;
    expect(dialog.shadowRoot.querySelector('dialog')!.open).toBe(true);
    // The native dialog's close event comes in a later task.
    const closed = new Promise((resolve) =>
      dialog.addEventListener('scenra-close', resolve, { once: true }),
    );
    await userEvent.click(dialog.shadowRoot.querySelector('[part="copy-prompt"]')!);
    await closed;
    expect(dialog.hasAttribute('open')).toBe(false);

    const toast = inFrame(win, 'scenra-toast');
    toast.setAttribute('duration', '0');
    toast.setAttribute('message', 'Prompt copied!');
    await toast.updateComplete;
    expect(toast.shadowRoot.querySelector('[role="status"]')!.textContent).toContain(
      'Prompt copied!',
    );

    expect(seen).toEqual([
      'scenra-action:copy',
      'scenra-menu-select:copy-markdown',
      'scenra-billing-change:byok',
      'scenra-upgrade-choice:copy-prompt',
      'scenra-close:',
    ]);
    expect(win.errors).toEqual([]);
  });
});
