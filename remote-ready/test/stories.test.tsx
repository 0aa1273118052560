/// <reference types="vite/client" />
// Every Storybook story of remote-ready (the elements', the dashboard's and the settings'),
// rendered through the real preview (MSW worker, theme decorator) with portable stories,
// then checked with axe: what designers see in Storybook is what passes here.
import type { ReactRenderer } from '@storybook/react';
import { composeStories, setProjectAnnotations } from '@storybook/react';
import type { Store_CSFExports } from 'storybook/internal/types';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import preview from '../src/stories/preview.tsx';
import '../src/stories/interactions.ts';
import { expectNoAxeViolations, settle } from '../src/elements/shared/test-helpers.ts';

setProjectAnnotations(preview);
// The play functions' real keyboard (a native modal dialog ignores synthetic keys).
window.__scenraPress = (key) => userEvent.keyboard(`{${key}}`);

const modules = import.meta.glob<Store_CSFExports<ReactRenderer>>('../src/**/*.stories.tsx', {
  eager: true,
});

type RunnableStory = { run: (context: { canvasElement: HTMLElement }) => Promise<void> };

test('finds the story files of every element and of both pages', () => {
  const files = Object.keys(modules);
  expect(files.filter((file) => file.includes('/elements/')).length).toBeGreaterThanOrEqual(7);
  expect(files.some((file) => file.includes('/dashboard/'))).toBe(true);
  expect(files.some((file) => file.includes('/settings/'))).toBe(true);
});

for (const [file, module] of Object.entries(modules)) {
  describe(file, () => {
    const stories = composeStories(module) as Record<string, RunnableStory>;
    for (const [name, story] of Object.entries(stories)) {
      test(`${name} renders with no axe violations`, async () => {
        const canvas = document.createElement('div');
        document.body.append(canvas);
        try {
          await story.run({ canvasElement: canvas });
          expect(canvas.childElementCount, 'the story rendered something').toBeGreaterThan(0);
          const elements = [...canvas.querySelectorAll('*')].filter((el) =>
            el.localName.startsWith('scenra-'),
          );
          for (const el of elements) {
            await settle(el);
            expect(
              el.shadowRoot?.childElementCount,
              `${el.localName} rendered its shadow DOM`,
            ).toBeGreaterThan(0);
          }
          await expectNoAxeViolations(canvas);
        } finally {
          canvas.remove();
        }
      });
    }
  });
}
