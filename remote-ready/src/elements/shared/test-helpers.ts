// Helpers for the elements' browser tests: mount a template, find shadow parts, run axe.
import { axeTags } from '@scenra/devstack/axe';
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { afterEach, expect } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const root of mounted.splice(0)) root.remove();
});

/** Renders a template into a fresh container on the page and waits for the first element to update. */
export async function mount<E extends HTMLElement>(template: TemplateResult): Promise<E> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const el = container.firstElementChild as E;
  await settle(el);
  return el;
}

/**
 * Waits until a Lit element has finished updating and its entry animations and colour
 * transitions have ended (axe measures contrast from computed colours, which are mid-way
 * during a fade).
 */
export async function settle(el: Element): Promise<void> {
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const finite = (el.shadowRoot ?? el)
    .getAnimations()
    .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
}

/**
 * Waits past the first render of an element made off the page: it runs in a task of its own,
 * queued from a microtask after the element was created.
 */
export async function afterOffPageRender(): Promise<void> {
  for (let task = 0; task < 2; task += 1) await new Promise((resolve) => setTimeout(resolve));
}

/** The element inside `el`'s shadow root matching `selector` (fails the test when missing). */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Resolves with the next event of that name on `target`. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(name, (e) => resolve(e as HTMLElementEventMap[K]), { once: true }),
  );
}

/** Collects every event of that name on `target`. */
export function collect<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
): HTMLElementEventMap[K][] {
  const seen: HTMLElementEventMap[K][] = [];
  target.addEventListener(name, (e) => seen.push(e as HTMLElementEventMap[K]));
  return seen;
}

/** WCAG 2.0–2.2 A/AA plus best practices; page-level rules do not apply to a lone component. */
const axeOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: axeTags },
  rules: {
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
};

/** Runs axe-core on `context` (shadow DOM included) and fails with a readable list of violations. */
export async function expectNoAxeViolations(context: Element): Promise<void> {
  const result = await axe.run(context, axeOptions);
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * Runs a check in the light and then the dark theme. Elements without a surface of their
 * own sit on the host page, so the page gets the matching background, as a themed host would.
 */
export async function inBothThemes(el: HTMLElement, check: () => Promise<void>): Promise<void> {
  try {
    for (const theme of ['light', 'dark'] as const) {
      el.setAttribute('theme', theme);
      document.body.style.colorScheme = theme;
      document.body.style.background = theme === 'dark' ? '#18181b' : '#ffffff';
      await settle(el);
      await check();
    }
  } finally {
    document.body.style.colorScheme = '';
    document.body.style.background = '';
  }
}

/** Text as a reader gets it: whitespace collapsed and trimmed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
