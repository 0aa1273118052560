/// <reference types="vite/client" />
// Every Storybook story of the elements, rendered through the real preview (MSW worker,
// theme decorator) with portable stories, then checked with axe: what designers see in
// Storybook is what passes here.
import type { ReactRenderer } from '@storybook/react';
import { composeStories, setProjectAnnotations } from '@storybook/react';
import type { Store_CSFExports } from 'storybook/internal/types';
import { describe, expect, test } from 'vitest';
import preview from '../../../.storybook/preview.tsx';
import { expectNoAxeViolations, settle } from './shared/test-helpers.ts';

setProjectAnnotations(preview);

const modules = import.meta.glob<Store_CSFExports<ReactRenderer>>('./**/*.stories.tsx', {
  eager: true,
});

test('finds the story files of every element', () => {
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(7);
});

for (const [file, module] of Object.entries(modules)) {
  describe(file, () => {
    const stories = composeStories(module) as Record<
      string,
      { run: (context: { canvasElement: HTMLElement }) => Promise<void> }
    >;
    for (const [name, story] of Object.entries(stories)) {
      test(`${name} renders with no axe violations`, async () => {
        const canvas = document.createElement('div');
        document.body.append(canvas);
        try {
          await story.run({ canvasElement: canvas });
          const elements = [...canvas.querySelectorAll('*')].filter((el) =>
            el.localName.startsWith('scenra-'),
          );
          expect(elements.length, 'a scenra element is rendered').toBeGreaterThan(0);
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
