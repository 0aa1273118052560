// The Storybook preview of every remote-ready story: the MSW worker with the shared handlers,
// the a11y addon in failing mode, the theme toolbar (light, dark) and the viewport presets.
// `.storybook/preview.tsx` only re-exports it; the portable-stories test composes it too.
import type { Decorator, Preview } from '@storybook/react';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useLayoutEffect } from 'react';
import { axeTags } from '@scenra/devstack/axe';
import { colors } from '@scenra/tokens';
import { handlers } from '../mocks/handlers.ts';

type Scheme = 'light' | 'dark';

/**
 * The toolbar's scheme, unless the story pins one with an element's own `theme` arg. It reaches
 * every element and the dashboard through `--scenra-color-scheme`, the property hosts set.
 */
export function storyScheme(args: { theme?: unknown }, globals: { theme?: unknown }): Scheme {
  if (args.theme === 'light' || args.theme === 'dark') return args.theme;
  return globals.theme === 'dark' ? 'dark' : 'light';
}

/** Paints the whole iframe, not only the story's box, in the scheme's surface colour. */
function DocumentScheme({ scheme }: { scheme: Scheme }) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.style.colorScheme = scheme;
    root.style.background = colors.surface[scheme];
  }, [scheme]);
  return null;
}

const withTheme: Decorator = (Story, { args, globals }) => {
  const scheme = storyScheme(args, globals);
  return (
    <div
      data-theme={scheme}
      style={{
        ['--scenra-color-scheme' as string]: scheme,
        colorScheme: scheme,
        background: colors.surface[scheme],
        color: colors.text[scheme],
        padding: '1.5rem',
        minHeight: '12rem',
      }}
    >
      <DocumentScheme scheme={scheme} />
      <Story />
    </div>
  );
};

/** The widths the layouts are designed for: a phone, a tablet, a desktop. */
export const viewports = {
  phone375: { name: 'Phone 375', styles: { width: '375px', height: '812px' }, type: 'mobile' },
  tablet768: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop1440: {
    name: 'Desktop 1440',
    styles: { width: '1440px', height: '900px' },
    type: 'desktop',
  },
} as const;

/**
 * The mock service worker beside the page in a Storybook build, wherever it is published
 * (`/design/storybook/iframe.html` → `/design/storybook/mockServiceWorker.js`); at the root of
 * the origin elsewhere (the test runner's page, which serves `src/mocks/public` there).
 */
function workerUrl(): string {
  const beside = window.location.pathname.endsWith('/iframe.html');
  return beside
    ? new URL('mockServiceWorker.js', window.location.href).pathname
    : '/mockServiceWorker.js';
}

const preview: Preview = {
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...handlers);
      await worker.start({
        quiet: true,
        onUnhandledFrame: 'bypass',
        serviceWorker: { url: workerUrl() },
      });
      return worker;
    }),
  ],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Colour scheme of every story',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    viewport: { options: viewports },
    a11y: {
      // Violations fail the story's a11y check (zero violations is the bar).
      test: 'error',
      options: { runOnly: axeTags },
    },
  },
};

export default preview;
