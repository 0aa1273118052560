// Unit tests of the host's own logic (routing, runtime config, remote loading decisions).
// The host's pages are exercised end to end by the e2e project.
import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'host-shell',
      environment: 'node',
      include: ['src/**/*.test.ts'],
    },
  }),
);
