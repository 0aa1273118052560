// Build settings every rspack config of the repository shares (host, remote, standalone elements):
// how TypeScript, JSX and Lit's standard decorators are compiled, which browsers are targeted,
// and the singletons host and remote share through Module Federation.
import type { RuleSetRule } from '@rspack/core';

/**
 * Browsers the shipped code runs in (`light-dark()` in the element styles needs these); Storybook's
 * build targets them too.
 */
export const browserTargets = ['chrome >= 123', 'firefox >= 120', 'safari >= 17.5'];

export const isProduction = process.env.NODE_ENV !== 'development';

/** Production builds unless NODE_ENV=development, with source maps either way. */
export const buildMode = {
  mode: isProduction ? 'production' : 'development',
  devtool: isProduction ? 'source-map' : 'eval-cheap-module-source-map',
} as const;

/** TypeScript (and TSX) through rspack's built-in SWC, with Lit's standard decorators. */
export function typescriptRule({ jsx = false }: { jsx?: boolean } = {}): RuleSetRule {
  return {
    test: jsx ? /\.tsx?$/ : /\.ts$/,
    exclude: /node_modules/,
    loader: 'builtin:swc-loader',
    options: {
      jsc: {
        parser: { syntax: 'typescript', tsx: jsx, decorators: true },
        // One copy of each helper (@swc/helpers) instead of one per module: the decorator
        // helper alone is 1.5 KB gzip, and every element module would carry its own.
        externalHelpers: true,
        transform: {
          ...(jsx ? { react: { runtime: 'automatic' } } : {}),
          decoratorVersion: '2022-03',
          useDefineForClassFields: true,
        },
      },
      env: { targets: browserTargets },
    },
    type: 'javascript/auto',
  };
}

/** The contracts are pure definitions: let unused ones (and the zod they need) be dropped. */
export const contractsHaveNoSideEffects: RuleSetRule = {
  test: /[\\/]contracts[\\/]src[\\/]/,
  sideEffects: false,
};

/** One React and one Lit per page: the host provides them, the remote uses the host's. */
export const sharedSingletons = {
  react: { singleton: true, requiredVersion: '^19.0.0' },
  'react/': { singleton: true, requiredVersion: '^19.0.0' },
  'react-dom': { singleton: true, requiredVersion: '^19.0.0' },
  'react-dom/': { singleton: true, requiredVersion: '^19.0.0' },
  lit: { singleton: true, requiredVersion: '^3.0.0' },
  'lit/': { singleton: true, requiredVersion: '^3.0.0' },
};

export const typescriptResolve = {
  extensions: ['.ts', '.tsx', '.js'],
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
};
