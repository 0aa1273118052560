import { html } from 'lit';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.ts';
import type { ScenraApiKeyStatusBar, KeyBarStatus } from './api-key-status-bar.ts';
import { ScenraBillingChangeEvent, ScenraKeyRequestEvent } from '../events.ts';
import {
  collect,
  expectNoAxeViolations,
  inBothThemes,
  mount,
  part,
  settle,
} from '../shared/test-helpers.ts';

const bar = (status: KeyBarStatus, extra: { tier?: 'free' | 'premium'; compact?: boolean } = {}) =>
  mount<ScenraApiKeyStatusBar>(
    html`<scenra-api-key-status-bar
      status=${status}
      key-suffix="abc1"
      provider-label="OpenAI"
      estimate="~$0.50/video"
      tier=${extra.tier ?? 'free'}
      credits="10"
      ?compact=${extra.compact ?? false}
    ></scenra-api-key-status-bar>`,
  );

const statusText = (el: Element) =>
  part(el, '[part="status"]').textContent!.replace(/\s+/g, ' ').trim();
const actionButton = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]');

describe('scenra-api-key-status-bar', () => {
  test.each([
    ['none', 'No API key configured', 'Add key', 'add'],
    ['valid', 'Using your OpenAI key Your key (••••abc1)', 'Manage keys', 'manage'],
    ['unchecked', 'Your OpenAI key Your key (••••abc1) is not checked yet', 'Check key', 'check'],
    ['invalid', 'API key invalid (••••abc1)', 'Update key', 'update'],
    ['restricted', 'Key ••••abc1 lacks video access', 'Fix key', 'update'],
  ] as const)('%s: says "%s" and offers %s', async (status, text, label, intent) => {
    const el = await bar(status);
    expect(statusText(el)).toContain(text);
    expect(statusText(el)).toContain('Est. ~$0.50/video');
    expect(part(el, '[part="status"]').getAttribute('role')).toBe('status');
    expect(actionButton(el)!.textContent!.trim()).toBe(label);
    const seen = collect(document, 'scenra-key-request');
    await userEvent.click(actionButton(el)!);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(ScenraKeyRequestEvent);
    expect(seen[0]!.intent).toBe(intent);
    expect(seen[0]!.composed).toBe(true);
  });

  test('the full key is never shown: only the masked suffix', async () => {
    const el = await bar('valid');
    expect(el.shadowRoot!.textContent).toContain('••••abc1');
    expect(el.shadowRoot!.textContent).not.toMatch(/\babc1\b(?<!••••abc1)/);
  });

  test('checking shows a spinner and no action', async () => {
    const el = await bar('checking');
    expect(statusText(el)).toBe('Checking your key…');
    expect(el.shadowRoot!.querySelector('.spinner')).not.toBeNull();
    expect(actionButton(el)).toBeNull();
  });

  test('invalid is shown in the danger colour', async () => {
    const el = await bar('invalid');
    el.theme = 'light';
    await settle(el);
    expect(getComputedStyle(part(el, '.status-text')).color).toBe('rgb(185, 28, 28)');
  });

  test('free users get no billing choice; premium users choose and the choice is announced', async () => {
    const free = await bar('valid');
    expect(free.shadowRoot!.querySelector('fieldset')).toBeNull();

    const el = await bar('valid', { tier: 'premium' });
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.labels![0]!.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Use Scenra credits (remaining: 10)',
      'Use your API key (••••abc1)',
    ]);
    expect(radios[0]!.checked).toBe(true);
    const seen = collect(el, 'scenra-billing-change');
    await userEvent.click(radios[1]!.labels![0]!);
    expect(seen.map((e) => e.billing)).toEqual(['byok']);
    expect(seen[0]).toBeInstanceOf(ScenraBillingChangeEvent);
    expect(el.billing).toBe('byok');
    expect(el.getAttribute('billing')).toBe('byok');
    // Arrow keys move within the native radio group.
    radios[1]!.focus();
    await userEvent.keyboard('{ArrowUp}');
    expect(seen.map((e) => e.billing)).toEqual(['byok', 'credits']);
  });

  test('the one sentence says who pays: credits when chosen, the key otherwise', async () => {
    const el = await bar('valid', { tier: 'premium' });
    expect(statusText(el)).toContain('Paying with Scenra credits Credits (10 left)');
    expect(statusText(el)).not.toContain('Using your');
    el.billing = 'byok';
    await settle(el);
    expect(statusText(el)).toContain('Using your OpenAI key Your key (••••abc1)');
    // A key that cannot pay leaves credits as the payer, whatever the host set.
    el.status = 'invalid';
    await settle(el);
    expect(statusText(el)).toContain('Paying with Scenra credits');
  });

  test('"Change" asks the host to choose who pays; on one compact line it replaces the choice', async () => {
    const el = await bar('valid', { tier: 'premium', compact: true });
    expect(el.shadowRoot!.querySelector('[part="change"]')).toBeNull();
    el.changeable = true;
    await settle(el);
    const change = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="change"]')!;
    expect(change.textContent!.trim()).toBe('Change');
    expect(getComputedStyle(part(el, '[part="billing"]')).display).toBe('none');
    expect(getComputedStyle(part(el, '.bar')).flexWrap).toBe('nowrap');
    const seen = collect(document, 'scenra-key-request');
    await userEvent.click(change);
    expect(seen.map((e) => e.intent)).toEqual(['change']);
  });

  test('a key that is not valid cannot be chosen for billing', async () => {
    const el = await bar('invalid', { tier: 'premium' });
    el.billing = 'byok';
    await settle(el);
    const [credits, byok] =
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(byok!.disabled).toBe(true);
    expect(credits!.checked).toBe(true);
    expect(byok!.labels![0]!.textContent).toContain('needs a valid key');
  });

  test('compact attribute and narrow containers switch to the compact form', async () => {
    const el = await bar('valid', { compact: true });
    expect(getComputedStyle(part(el, '.status-long')).display).toBe('none');
    el.compact = false;
    el.style.width = '640px';
    await settle(el);
    expect(getComputedStyle(part(el, '.status-long')).display).not.toBe('none');
    el.style.width = '320px';
    await settle(el);
    expect(getComputedStyle(part(el, '.status-long')).display).toBe('none');
  });

  test.each(['none', 'valid', 'unchecked', 'invalid', 'restricted', 'checking'] as const)(
    '%s has no axe violations, free and premium, wide and compact, light and dark',
    async (status) => {
      for (const tier of ['free', 'premium'] as const) {
        for (const compact of [false, true]) {
          const el = await bar(status, { tier, compact });
          await inBothThemes(el, () => expectNoAxeViolations(el));
          el.parentElement!.remove();
        }
      }
    },
  );
});
