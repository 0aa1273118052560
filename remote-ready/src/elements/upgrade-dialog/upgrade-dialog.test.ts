import { html } from 'lit';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.ts';
import { ScenraUpgradeChoiceEvent } from '../events.ts';
import {
  afterOffPageRender,
  collect,
  deepActiveElement,
  expectNoAxeViolations,
  inBothThemes,
  mount,
  part,
  settle,
  text,
} from '../shared/test-helpers.ts';

const setup = async () => {
  const wrapper = await mount<HTMLDivElement>(
    html`<div>
      <button id="generate">Generate</button>
      <scenra-upgrade-dialog></scenra-upgrade-dialog>
    </div>`,
  );
  const el = wrapper.querySelector('scenra-upgrade-dialog')!;
  await settle(el);
  return { el, opener: wrapper.querySelector<HTMLButtonElement>('#generate')! };
};
const dialog = (el: Element) => part<HTMLDialogElement>(el, 'dialog');

describe('scenra-upgrade-dialog', () => {
  test('opens as a native modal dialog, named by its heading, focus on the upgrade choice', async () => {
    const { el, opener } = await setup();
    expect(dialog(el).open).toBe(false);
    opener.focus();
    el.open = true;
    await settle(el);
    expect(dialog(el).open).toBe(true);
    expect(dialog(el).matches(':modal')).toBe(true);
    expect(dialog(el).getAttribute('aria-labelledby')).toBe('heading');
    expect(text(part(el, 'h2'))).toBe('Generate videos with Scenra');
    expect(deepActiveElement()?.getAttribute('part')).toBe('upgrade');
    expect(el.getAttribute('open')).toBe('');
  });

  test('created off the page already open (as a framework makes it), it opens once inserted', async () => {
    const el = document.createElement('scenra-upgrade-dialog');
    el.open = true;
    await afterOffPageRender();
    expect(dialog(el).open).toBe(false);
    const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await settle(el);
    expect(dialog(el).open).toBe(true);
    expect(dialog(el).matches(':modal')).toBe(true);
  });

  test.each([
    ['upgrade', 'upgrade'],
    ['add-key', 'add-key'],
    ['copy-prompt', 'copy-prompt'],
  ] as const)(
    'the %s choice fires scenra-upgrade-choice, closes, and returns focus',
    async (partName, choice) => {
      const { el, opener } = await setup();
      opener.focus();
      el.show();
      await settle(el);
      const choices = collect(document, 'scenra-upgrade-choice');
      const closes = collect(document, 'scenra-close');
      await userEvent.click(part(el, `[part="${partName}"]`));
      await settle(el);
      expect(choices.map((e) => e.choice)).toEqual([choice]);
      expect(choices[0]).toBeInstanceOf(ScenraUpgradeChoiceEvent);
      expect(choices[0]!.composed).toBe(true);
      expect(closes).toHaveLength(1);
      expect(el.open).toBe(false);
      expect(dialog(el).open).toBe(false);
      expect(document.activeElement).toBe(opener);
    },
  );

  test('Escape and the Close button dismiss without a choice', async () => {
    const { el, opener } = await setup();
    const choices = collect(el, 'scenra-upgrade-choice');
    const closes = collect(el, 'scenra-close');
    opener.focus();
    el.show();
    await settle(el);
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(el.open).toBe(false);
    expect(document.activeElement).toBe(opener);

    el.show();
    await settle(el);
    await userEvent.click(part(el, '[aria-label="Close"]'));
    await settle(el);
    expect(el.open).toBe(false);
    expect(choices).toHaveLength(0);
    expect(closes).toHaveLength(2);
  });

  test('Tab stays inside the modal dialog', async () => {
    const { el } = await setup();
    el.show();
    await settle(el);
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{Tab}');
      expect(
        el.shadowRoot!.contains(deepActiveElement()) || deepActiveElement() === document.body,
      ).toBe(true);
      expect(deepActiveElement()?.id).not.toBe('generate');
    }
  });

  test('has no axe violations open, in light and dark', async () => {
    const { el } = await setup();
    el.show();
    await settle(el);
    await inBothThemes(el, () => expectNoAxeViolations(el));
  });
});
