// `vitest run` from the root runs every project; `--project <name>` runs one.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'tokens',
      'contracts',
      'service',
      'remote-ready',
      'remote-ready/vitest.release.config.ts',
      'elements',
      'host-shell',
      'e2e',
    ],
  },
});
