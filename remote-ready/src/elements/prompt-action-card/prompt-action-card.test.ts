import { html } from 'lit';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.ts';
import type { ScenraPromptActionCard } from './prompt-action-card.ts';
import { ScenraActionEvent, type CardState } from '../events.ts';
import {
  collect,
  expectNoAxeViolations,
  inBothThemes,
  mount,
  part,
  settle,
  text,
} from '../shared/test-helpers.ts';

const card = (state: CardState = 'idle') =>
  mount<ScenraPromptActionCard>(
    html`<scenra-prompt-action-card
      action="copy"
      state=${state}
      icon="📋"
      heading="Copy prompt"
      description="Copy the optimized prompt to use anywhere."
      action-label="Copy to clipboard"
      busy-label="Copying…"
      done-label="Copied ✓"
    ></scenra-prompt-action-card>`,
  );

const button = (el: ScenraPromptActionCard) => part<HTMLButtonElement>(el, 'button');

describe('scenra-prompt-action-card', () => {
  test('renders heading, description and the idle action label', async () => {
    const el = await card();
    expect(text(part(el, '[role="heading"]'))).toBe('Copy prompt');
    expect(part(el, '[role="heading"]').getAttribute('aria-level')).toBe('3');
    expect(text(part(el, '.description'))).toBe('Copy the optimized prompt to use anywhere.');
    expect(button(el).textContent!.trim()).toBe('Copy to clipboard');
    expect(part(el, '.icon').getAttribute('aria-hidden')).toBe('true');
  });

  test('fires a composed, bubbling scenra-action with the action id on click and on Enter/Space', async () => {
    const el = await card();
    const seen = collect(document, 'scenra-action');
    await userEvent.click(button(el));
    button(el).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBeInstanceOf(ScenraActionEvent);
    expect(seen[0]!.action).toBe('copy');
    expect(seen[0]!.locked).toBe(false);
    expect(seen[0]!.bubbles && seen[0]!.composed).toBe(true);
  });

  test('busy shows the spinner and busy label, and swallows clicks (no double action)', async () => {
    const el = await card('busy');
    const seen = collect(el, 'scenra-action');
    expect(button(el).getAttribute('aria-disabled')).toBe('true');
    expect(button(el).textContent).toContain('Copying…');
    expect(el.shadowRoot!.querySelector('[part="spinner"]')).not.toBeNull();
    expect(part(el, '.card').getAttribute('aria-busy')).toBe('true');
    // force: the button stays focusable while busy (aria-disabled), so a real click reaches it.
    await userEvent.click(button(el), { force: true });
    expect(seen).toHaveLength(0);
  });

  test('done shows the done label and can be used again', async () => {
    const el = await card('done');
    expect(button(el).textContent!.trim()).toBe('Copied ✓');
    const seen = collect(el, 'scenra-action');
    await userEvent.click(button(el));
    expect(seen).toHaveLength(1);
  });

  test('locked shows the premium crown, names it for screen readers, and reports locked: true', async () => {
    const el = await card('locked');
    expect(button(el).textContent).toContain('👑');
    expect(button(el).textContent).toContain('(Premium feature)');
    const seen = collect(el, 'scenra-action');
    await userEvent.click(button(el));
    expect(seen[0]!.locked).toBe(true);
  });

  test('disabled is a native disabled button', async () => {
    const el = await card('disabled');
    expect(button(el).disabled).toBe(true);
    const seen = collect(el, 'scenra-action');
    button(el).click();
    expect(seen).toHaveLength(0);
  });

  test('state is reflected, and without action-label the slot holds the control', async () => {
    const el = await mount<ScenraPromptActionCard>(
      html`<scenra-prompt-action-card heading="Share &amp; export">
        <button id="own">Mine</button>
      </scenra-prompt-action-card>`,
    );
    expect(el.shadowRoot!.querySelector('[part="button"]')).toBeNull();
    const slot = part<HTMLSlotElement>(el, 'slot:not([name])');
    expect(slot.assignedElements().map((e) => e.id)).toEqual(['own']);
    el.state = 'busy';
    await settle(el);
    expect(el.getAttribute('state')).toBe('busy');
  });

  test.each(['idle', 'busy', 'done', 'locked', 'disabled'] as const)(
    '%s has no axe violations in light and dark',
    async (state) => {
      const el = await card(state);
      await inBothThemes(el, () => expectNoAxeViolations(el));
    },
  );
});
