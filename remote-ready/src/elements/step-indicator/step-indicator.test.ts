import { html } from 'lit';
import { describe, expect, test } from 'vitest';
import './define.ts';
import type { ScenraStepIndicator } from './step-indicator.ts';
import {
  expectNoAxeViolations,
  inBothThemes,
  mount,
  part,
  settle,
  text,
} from '../shared/test-helpers.ts';

const steps = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')];

describe('scenra-step-indicator', () => {
  test('says "Step 3 of 3" and marks the current step for assistive technology', async () => {
    const el = await mount<ScenraStepIndicator>(
      html`<scenra-step-indicator
        current="3"
        total="3"
        labels="Brief, Roundtable, Ready"
      ></scenra-step-indicator>`,
    );
    expect(text(part(el, '.summary'))).toBe('Step 3 of 3');
    expect(el.labels).toEqual(['Brief', 'Roundtable', 'Ready']);
    const items = steps(el);
    expect(items.map((li) => li.dataset.status)).toEqual(['complete', 'complete', 'current']);
    expect(items[2]!.getAttribute('aria-current')).toBe('step');
    expect(items[0]!.textContent).toContain('(completed)');
    expect(part(el, 'ol').getAttribute('aria-label')).toBe('Progress');
  });

  test('reacts to property changes and reflects them to attributes', async () => {
    const el = await mount<ScenraStepIndicator>(
      html`<scenra-step-indicator></scenra-step-indicator>`,
    );
    el.current = 2;
    el.total = 4;
    el.labels = ['One', 'Two'];
    await settle(el);
    expect(el.getAttribute('current')).toBe('2');
    expect(el.getAttribute('total')).toBe('4');
    expect(text(part(el, '.summary'))).toBe('Step 2 of 4');
    expect(
      steps(el).map((li) =>
        li.querySelector('.label')!.textContent!.replace(/\s*\(completed\)/, ''),
      ),
    ).toEqual(['One', 'Two', 'Step 3', 'Step 4']);
  });

  test('clamps nonsense input instead of rendering "Step 7 of 3"', async () => {
    const el = await mount<ScenraStepIndicator>(
      html`<scenra-step-indicator current="7" total="3"></scenra-step-indicator>`,
    );
    expect(text(part(el, '.summary'))).toBe('Step 3 of 3');
    el.current = -2;
    el.total = 0;
    await settle(el);
    expect(text(part(el, '.summary'))).toBe('Step 1 of 1');
  });

  test('has no axe violations in light and dark', async () => {
    const el = await mount<ScenraStepIndicator>(
      html`<scenra-step-indicator
        current="2"
        total="3"
        labels="Brief, Roundtable, Ready"
      ></scenra-step-indicator>`,
    );
    await inBothThemes(el, () => expectNoAxeViolations(el));
  });
});
