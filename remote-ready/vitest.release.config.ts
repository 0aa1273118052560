// Node tests of how remote-ready is released: the release layout and its cache policy, and the
// public-API gate that compares this build with the last release's committed record.
import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'remote-ready-release',
      environment: 'node',
      include: ['scripts/**/*.test.ts'],
    },
  }),
);
