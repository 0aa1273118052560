import { html } from 'lit';
import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.ts';
import type { ScenraToast } from './toast.ts';
import { ScenraCloseEvent } from '../events.ts';
import {
  collect,
  expectNoAxeViolations,
  inBothThemes,
  mount,
  part,
  settle,
  text,
} from '../shared/test-helpers.ts';

const box = (el: Element) => part(el, '[part="toast"]');

describe('scenra-toast', () => {
  test('is a polite live region that exists before any message', async () => {
    const el = await mount<ScenraToast>(html`<scenra-toast></scenra-toast>`);
    const region = part(el, '[role="status"]');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(box(el).hidden).toBe(true);
  });

  test('show() displays the message with its tone, and hides after the duration', async () => {
    const el = await mount<ScenraToast>(html`<scenra-toast></scenra-toast>`);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const closed = collect(el, 'scenra-close');
      el.show('Prompt copied! Paste it in Runway', { tone: 'info', duration: 3000 });
      await el.updateComplete;
      expect(box(el).hidden).toBe(false);
      expect(text(part(el, '[part="message"]'))).toBe('Prompt copied! Paste it in Runway');
      expect(el.getAttribute('tone')).toBe('info');
      vi.advanceTimersByTime(2999);
      await el.updateComplete;
      expect(box(el).hidden).toBe(false);
      vi.advanceTimersByTime(1);
      await el.updateComplete;
      expect(box(el).hidden).toBe(true);
      expect(closed).toHaveLength(1);
      expect(closed[0]).toBeInstanceOf(ScenraCloseEvent);
    } finally {
      vi.useRealTimers();
    }
  });

  test('the same text shown twice is re-rendered, so it is announced again', async () => {
    const el = await mount<ScenraToast>(html`<scenra-toast duration="0"></scenra-toast>`);
    el.show('Prompt copied!');
    await el.updateComplete;
    const first = part(el, '[part="message"]');
    el.show('Prompt copied!');
    await el.updateComplete;
    expect(part(el, '[part="message"]')).not.toBe(first);
  });

  test('does not hide while hovered or focused (WCAG 2.2.1), and Dismiss hides it at once', async () => {
    const el = await mount<ScenraToast>(html`<scenra-toast></scenra-toast>`);
    el.show('Link copied', { duration: 400 });
    await el.updateComplete;
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    box(el).dispatchEvent(new PointerEvent('pointerenter'));
    await wait(700);
    expect(box(el).hidden).toBe(false);
    box(el).dispatchEvent(new PointerEvent('pointerleave'));
    await wait(700);
    await el.updateComplete;
    expect(box(el).hidden).toBe(true);

    // Keyboard users: focus inside the toast holds it too.
    el.show('Link copied', { duration: 400 });
    await el.updateComplete;
    part<HTMLButtonElement>(el, '[part="dismiss"]').focus();
    await wait(700);
    expect(box(el).hidden).toBe(false);

    el.show('Export ready', { duration: 0 });
    await settle(el);
    const dismiss = part<HTMLButtonElement>(el, '[part="dismiss"]');
    expect(dismiss.getAttribute('aria-label')).toBe('Dismiss');
    dismiss.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.message).toBe('');
    expect(box(el).hidden).toBe(true);
  });

  test.each(['success', 'info', 'error'] as const)(
    '%s has no axe violations in light and dark',
    async (tone) => {
      const el = await mount<ScenraToast>(html`<scenra-toast duration="0"></scenra-toast>`);
      el.show('Prompt copied!', { tone });
      await inBothThemes(el, () => expectNoAxeViolations(el));
    },
  );
});
