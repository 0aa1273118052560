// End-to-end tests: the whole stack (FerretDB, service, remote, host) started once on free
// ports, driven through the system Chromium. Files run one after another: they share the stack
// and one of them takes the remote down on purpose.
import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'e2e',
      environment: 'node',
      include: ['**/*.test.ts'],
      globalSetup: ['./support/globalSetup.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  }),
);
