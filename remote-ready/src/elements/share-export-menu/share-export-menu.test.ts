import { html } from 'lit';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.ts';
import type { ScenraShareExportMenu } from './share-export-menu.ts';
import { ScenraMenuSelectEvent } from '../events.ts';
import {
  collect,
  deepActiveElement,
  expectNoAxeViolations,
  inBothThemes,
  mount,
  part,
  settle,
} from '../shared/test-helpers.ts';

const menu = () =>
  mount<ScenraShareExportMenu>(
    html`<div>
      <scenra-share-export-menu></scenra-share-export-menu><button id="after">After</button>
    </div>`,
  ).then((wrapper) => wrapper.querySelector('scenra-share-export-menu')!);
const trigger = (el: Element) => part<HTMLButtonElement>(el, '[part="button"]');
const focusedLabel = () => deepActiveElement()?.textContent?.trim();

describe('scenra-share-export-menu', () => {
  test('follows the menu-button pattern: roles, names and expanded state', async () => {
    const el = await menu();
    const button = trigger(el);
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(part(el, '[role="menu"]').hidden).toBe(true);
    await userEvent.click(button);
    await settle(el);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(el.open).toBe(true);
    expect(el.hasAttribute('open')).toBe(true);
    const items = [...el.shadowRoot!.querySelectorAll('[role="menuitem"]')].map((i) =>
      i.textContent!.trim(),
    );
    expect(items).toEqual(['Copy link', 'Download PDF', 'Export JSON', 'Copy as Markdown']);
    expect(focusedLabel()).toBe('Copy link');
  });

  test('arrow keys wrap, Home/End jump, a letter jumps, Escape closes and returns focus', async () => {
    const el = await menu();
    trigger(el).focus();
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(focusedLabel()).toBe('Copy link');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedLabel()).toBe('Download PDF');
    await userEvent.keyboard('{End}');
    expect(focusedLabel()).toBe('Copy as Markdown');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedLabel()).toBe('Copy link');
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedLabel()).toBe('Copy as Markdown');
    await userEvent.keyboard('{Home}');
    expect(focusedLabel()).toBe('Copy link');
    await userEvent.keyboard('e');
    expect(focusedLabel()).toBe('Export JSON');
    await userEvent.keyboard('c');
    expect(focusedLabel()).toBe('Copy as Markdown');
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(el.open).toBe(false);
    expect(deepActiveElement()).toBe(trigger(el));
  });

  test('ArrowUp on the button opens on the last entry', async () => {
    const el = await menu();
    trigger(el).focus();
    await userEvent.keyboard('{ArrowUp}');
    await settle(el);
    expect(focusedLabel()).toBe('Copy as Markdown');
  });

  test('Enter on an entry fires scenra-menu-select, closes, and returns focus to the button', async () => {
    const el = await menu();
    const seen = collect(document, 'scenra-menu-select');
    trigger(el).focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(ScenraMenuSelectEvent);
    expect(seen[0]!.item).toBe('download-pdf');
    expect(seen[0]!.bubbles && seen[0]!.composed).toBe(true);
    expect(el.open).toBe(false);
    expect(deepActiveElement()).toBe(trigger(el));
  });

  test('Tab closes the menu and lets focus move on; clicking outside closes it', async () => {
    const el = await menu();
    await userEvent.click(trigger(el));
    await settle(el);
    await userEvent.keyboard('{Tab}');
    await settle(el);
    expect(el.open).toBe(false);
    expect(document.activeElement?.id).toBe('after');

    await userEvent.click(trigger(el));
    await settle(el);
    expect(el.open).toBe(true);
    await userEvent.click(document.querySelector('#after')!);
    await settle(el);
    expect(el.open).toBe(false);
  });

  test('a disabled entry is announced as disabled and selects nothing', async () => {
    const el = await menu();
    el.items = [
      { id: 'copy-link', label: 'Copy link', disabled: true },
      { id: 'export-json', label: 'Export JSON' },
    ];
    await el.show();
    const seen = collect(el, 'scenra-menu-select');
    const first = part<HTMLButtonElement>(el, '[role="menuitem"]');
    expect(first.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(seen).toHaveLength(0);
    expect(el.open).toBe(true);
  });

  test('has no axe violations closed and open, light and dark', async () => {
    const el = await menu();
    await inBothThemes(el, () => expectNoAxeViolations(el));
    await el.show();
    await inBothThemes(el, () => expectNoAxeViolations(el));
  });
});
