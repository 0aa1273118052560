// Browser-mode tests of the remote: the Lit elements, their stories, the standalone bundle,
// and the React dashboard tests, all in the system Chromium.
import { defineProject, mergeConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import shared from '../vitest.shared.ts';
import { chromePath, chromeArgs } from '@scenra/devstack/chrome';
import { readElementsManifest } from './scripts/elements-manifest.mjs';

export default mergeConfig(
  shared,
  defineProject({
    // The element stories' argTypes come from the manifest, as in Storybook (.storybook/main.ts).
    define: { __SCENRA_ELEMENTS_MANIFEST__: readElementsManifest() },
    // MSW's mockServiceWorker.js (Storybook serves the same folder), at /mockServiceWorker.js.
    publicDir: 'src/mocks/public',
    // Pre-bundle the stories' dependencies up front: discovered mid-run, Vite re-optimizes and
    // reloads, and a story import in flight fails ("Failed to fetch dynamically imported module").
    optimizeDeps: {
      include: [
        '@storybook/react',
        'storybook/test',
        'msw',
        'msw/browser',
        'msw-storybook-addon',
        'react',
        'react-dom',
        'react-dom/client',
        'lit',
        'axe-core',
      ],
    },
    test: {
      name: 'remote-ready',
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      globalSetup: ['test/standalone/build-bundle.global.ts'],
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: { executablePath: chromePath(), args: chromeArgs },
          // Copy buttons are tested against the real clipboard.
          contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  }),
);
