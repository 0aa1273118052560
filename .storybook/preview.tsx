// Global Storybook setup: the MSW worker with the shared handlers, the a11y addon in
// failing mode, and a canvas painted to match each story's `theme` arg.
import type { Decorator, Preview } from '@storybook/react';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { axeTags } from '@scenra/devstack/axe';
import { handlers } from '../remote-ready/src/mocks/handlers.ts';

const canvasBackground: Record<string, string> = { light: '#ffffff', dark: '#18181b' };

/** Light, dark or the OS choice ("auto"), for the page behind the element too. */
const withTheme: Decorator = (Story, { args }) => {
  const theme = typeof args.theme === 'string' ? args.theme : 'auto';
  return (
    <div
      data-theme={theme}
      style={{
        colorScheme: theme === 'auto' ? 'light dark' : theme,
        background: canvasBackground[theme] ?? 'Canvas',
        color: 'CanvasText',
        padding: '1.5rem',
        minHeight: '12rem',
      }}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...handlers);
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
      return worker;
    }),
  ],
  decorators: [withTheme],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      // Violations fail the story's a11y check (zero violations is the bar).
      test: 'error',
      options: {
        runOnly: axeTags,
      },
    },
  },
};

export default preview;
