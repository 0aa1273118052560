// What the element stories' play functions share: reaching into a shadow root, the focused
// element across shadow roots, and pressing keys as the user does.
import { userEvent } from 'storybook/test';

declare global {
  interface Window {
    /**
     * A real keyboard, provided by the test runners (the Storybook pass through Playwright,
     * the portable-stories test through Vitest's browser mode).
     */
    __scenraPress?: (key: string) => Promise<void>;
  }
}

/**
 * Presses a key (`Escape`, `ArrowDown`, `Tab`…). A native modal dialog answers only trusted
 * keys (Escape closes it, Tab stays inside), so the test runners press them for real; in
 * Storybook's own UI, user-event's synthetic key stands in.
 */
export async function press(key: string): Promise<void> {
  if (window.__scenraPress) await window.__scenraPress(key);
  else await userEvent.keyboard(`{${key}}`);
}

/** An element of a scenra element's shadow root, once it has rendered. */
export async function shadowPart<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
): Promise<T> {
  await (host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${host.localName} has no ${selector}`);
  return found;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
