// The package as another team gets it: packed once, installed into scratch apps outside the
// repository (strict TypeScript, Vue 3, React 18, React 19), type-checked and driven in Chromium.
import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'elements',
      environment: 'node',
      include: ['test/**/*.test.ts'],
      globalSetup: ['./test/support/pack.global.ts'],
      testTimeout: 120_000,
      hookTimeout: 300_000,
    },
  }),
);
