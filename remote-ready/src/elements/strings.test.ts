// Every text the elements show or announce can be replaced: each element is rendered in each
// of its states with every label property and every `strings` entry replaced by a «marker»;
// once the markers are cut out, no letter may remain (no English left hard-coded).
import { html, type TemplateResult } from 'lit';
import { describe, expect, test } from 'vitest';
import './index.ts';
import {
  apiKeyStatusBarStrings,
  openInButtonStrings,
  promptActionCardStrings,
  stepIndicatorStrings,
  toastStrings,
  upgradeDialogStrings,
  type ScenraToast,
} from './index.ts';
import { mount, settle } from './shared/test-helpers.ts';

/** Each entry replaced by «name», keeping its placeholders so they are still filled in. */
function markers<T extends object>(defaults: T): T {
  return Object.fromEntries(
    Object.entries(defaults).map(([name, text]) => [
      name,
      `«${name}${[...String(text).matchAll(/\{\w+\}/g)].map((m) => ` ${m[0]}`).join('')}»`,
    ]),
  ) as T;
}

/** What a person could read or hear: shadow text plus accessible names and descriptions. */
function readable(el: Element): string {
  const root = el.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) =>
    ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription'].map(
      (name) => node.getAttribute(name) ?? '',
    ),
  );
  return [root.textContent ?? '', ...attributes].join(' ');
}

/** The readable text once the markers (and the values put into them) are removed. */
const leftover = (el: Element) =>
  readable(el)
    .replace(/«[^»]*»/g, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

const cases: Array<[string, TemplateResult[]]> = [
  [
    'scenra-step-indicator',
    [
      html`<scenra-step-indicator
        current="2"
        total="4"
        .labels=${['«brief»']}
        .strings=${markers(stepIndicatorStrings)}
      ></scenra-step-indicator>`,
    ],
  ],
  [
    'scenra-prompt-action-card',
    (['idle', 'busy', 'done', 'locked', 'disabled'] as const).map(
      (state) =>
        html`<scenra-prompt-action-card
          state=${state}
          heading="«heading»"
          description="«description»"
          action-label="«action»"
          busy-label="«busy»"
          done-label="«done»"
          .strings=${markers(promptActionCardStrings)}
        ></scenra-prompt-action-card>`,
    ),
  ],
  [
    'scenra-api-key-status-bar',
    (['none', 'valid', 'unchecked', 'invalid', 'restricted', 'checking'] as const).flatMap(
      (status) =>
        (['free-credits', 'premium-credits', 'premium-byok'] as const).flatMap((plan) =>
          [false, true].map(
            (compact) =>
              html`<scenra-api-key-status-bar
                status=${status}
                key-suffix="1234"
                provider-label="«provider»"
                estimate="«estimate»"
                tier=${plan.split('-')[0]!}
                credits="10"
                billing=${plan.split('-')[1]!}
                changeable
                ?compact=${compact}
                .strings=${markers(apiKeyStatusBarStrings)}
              ></scenra-api-key-status-bar>`,
          ),
        ),
    ),
  ],
  [
    'scenra-share-export-menu',
    [
      html`<scenra-share-export-menu
        open
        label="«share»"
        .items=${[
          { id: 'copy-link', label: '«link»' },
          { id: 'download-pdf', label: '«pdf»', disabled: true },
        ]}
      ></scenra-share-export-menu>`,
    ],
  ],
  [
    'scenra-open-in-button',
    [
      html`<scenra-open-in-button
        .destinations=${[{ id: 'tool', label: '«tool»', url: 'https://tool.example/' }]}
        .strings=${markers(openInButtonStrings)}
      ></scenra-open-in-button>`,
      html`<scenra-open-in-button
        .destinations=${[]}
        .strings=${markers(openInButtonStrings)}
      ></scenra-open-in-button>`,
    ],
  ],
  [
    'scenra-upgrade-dialog',
    [
      html`<scenra-upgrade-dialog
        open
        heading="«heading»"
        description="«description»"
        upgrade-label="«upgrade»"
        .strings=${markers(upgradeDialogStrings)}
      ></scenra-upgrade-dialog>`,
    ],
  ],
];

describe('every user-visible string is replaceable', () => {
  test.each(cases)('%s shows no text of its own', async (_tag, templates) => {
    for (const template of templates) {
      const el = await mount(template);
      expect(readable(el)).toMatch(/«/);
      expect(leftover(el), el.outerHTML).toBe('');
    }
  });

  test('scenra-toast shows no text of its own', async () => {
    const toast = await mount<ScenraToast>(
      html`<scenra-toast .strings=${markers(toastStrings)}></scenra-toast>`,
    );
    toast.show('«message»');
    await settle(toast);
    expect(leftover(toast)).toBe('');
  });

  test('placeholders are filled in and unset entries keep their English default', async () => {
    const el = await mount(
      html`<scenra-step-indicator
        current="2"
        total="3"
        strings='{"summary": "Étape {current} sur {total}"}'
      ></scenra-step-indicator>`,
    );
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).toBe('Étape 2 sur 3');
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).toBe('Progress');
  });
});
