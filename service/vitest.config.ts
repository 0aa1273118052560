import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'service',
      include: ['test/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['test/global-setup.ts'],
      setupFiles: ['test/setup/index-guard.ts'],
      // One process runs every file: the app's modules load once, not once per file (each file
      // still builds its own app on its own database).
      isolate: false,
    },
  }),
);
