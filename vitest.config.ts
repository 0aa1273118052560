// `vitest run` from the root runs every project; `--project <name>` runs one.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['contracts', 'service', 'remote-ready', 'host-shell', 'e2e'],
  },
});
