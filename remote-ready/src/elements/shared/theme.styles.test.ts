// Media preferences every element honours through the shared theme styles:
// prefers-color-scheme (when theme="auto") and prefers-reduced-motion.
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../prompt-action-card/define.ts';
import type { ScenraPromptActionCard } from '../prompt-action-card/prompt-action-card.ts';
import { mount, part, settle } from './test-helpers.ts';
import * as tokens from '@scenra/tokens';
import * as generated from './tokens.css.ts';

type MediaFeature = { name: 'prefers-color-scheme' | 'prefers-reduced-motion'; value: string };

async function emulate(...features: MediaFeature[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

afterEach(() => emulate());

const card = (state: 'idle' | 'busy' = 'idle') =>
  mount<ScenraPromptActionCard>(
    html`<scenra-prompt-action-card
      heading="Copy prompt"
      action-label="Copy"
      state=${state}
    ></scenra-prompt-action-card>`,
  );

describe('shared theme styles', () => {
  test('carry the current design tokens (else run: npm run tokens -w @scenra/remote-ready)', () => {
    expect(generated.privateDeclarations).toBe(tokens.privateDeclarations());
    expect(generated.colorSchemeDeclaration).toBe(tokens.colorSchemeDeclaration);
    expect(generated.focusRingDeclarations).toBe(tokens.focusRingDeclarations);
  });

  test('theme="auto" follows prefers-color-scheme; theme="light"/"dark" override it', async () => {
    const el = await card();
    const surface = () => getComputedStyle(part(el, '.card')).backgroundColor;
    await emulate({ name: 'prefers-color-scheme', value: 'dark' });
    await settle(el);
    expect(surface()).toBe('rgb(24, 24, 27)');
    el.theme = 'light';
    await settle(el);
    expect(surface()).toBe('rgb(255, 255, 255)');
    await emulate({ name: 'prefers-color-scheme', value: 'light' });
    el.theme = 'dark';
    await settle(el);
    expect(surface()).toBe('rgb(24, 24, 27)');
    el.theme = 'auto';
    await settle(el);
    expect(surface()).toBe('rgb(255, 255, 255)');
  });

  test('custom properties theme the element from outside', async () => {
    const el = await card();
    el.style.setProperty('--scenra-accent', 'rgb(0, 90, 0)');
    await settle(el);
    expect(getComputedStyle(part(el, 'button')).backgroundColor).toBe('rgb(0, 90, 0)');
  });

  test('prefers-reduced-motion stops the spinner from spinning', async () => {
    const el = await card('busy');
    const spinner = part(el, '[part="spinner"]');
    expect(getComputedStyle(spinner).animationIterationCount).toBe('infinite');
    await emulate({ name: 'prefers-reduced-motion', value: 'reduce' });
    await settle(el);
    expect(getComputedStyle(spinner).animationIterationCount).toBe('1');
  });

  test('keyboard focus is visible: a 3px outline in the focus-ring colour', async () => {
    const el = await card();
    el.theme = 'light';
    await settle(el);
    document.body.focus();
    await userEvent.keyboard('{Tab}');
    const button = part(el, 'button');
    expect(el.shadowRoot!.activeElement).toBe(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineWidth).toBe('3px');
    expect(style.outlineColor).toBe('rgb(67, 56, 202)');
  });
});
