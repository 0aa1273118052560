// Build settings every rspack config of the repository shares (host, remote, standalone elements):
// how TypeScript and JSX are compiled, which browsers are targeted, and the singletons host and
// remote share through Module Federation, on its runtime's ES modules.
import { rspack, type RspackPluginInstance, type RuleSetRule } from '@rspack/core';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** TypeScript (and TSX) through rspack's built-in SWC. */
export function typescriptRule({ jsx = false }: { jsx?: boolean } = {}): RuleSetRule {
  return {
    test: jsx ? /\.tsx?$/ : /\.ts$/,
    exclude: /node_modules/,
    loader: 'builtin:swc-loader',
    options: {
      jsc: {
        parser: { syntax: 'typescript', tsx: jsx },
        // One copy of each helper a transform needs (@swc/helpers) instead of one per module.
        externalHelpers: true,
        transform: {
          ...(jsx ? { react: { runtime: 'automatic' } } : {}),
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

/**
 * Marks every emitted script for eager compilation: V8's explicit compile hint (Chrome 136 and
 * later; to other engines a comment). Each script of these builds is fetched to run at once
 * (the entry, the startup chunks the host's HTML preloads, a page's or a dialog's chunk), so V8
 * compiles all of its functions ahead, off the main thread where it can, instead of one at a
 * time on the main thread as each is first called; the code cache then keeps them all for the
 * next visit. The hint must open the file: it is added last, after minification
 * and any wrapper (the remote's runtime guard), before the source maps.
 */
export function eagerCompileHint(): RspackPluginInstance {
  return new rspack.BannerPlugin({
    banner: '//# allFunctionsCalledOnLoad',
    raw: true,
    test: /\.js$/,
    stage: rspack.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING - 1,
  });
}

/**
 * The federation plugin bundles the CommonJS builds of its runtime: the injected bundler runtime
 * and runtime-core plugin, and (through an alias it adds once all plugins are applied)
 * `@module-federation/runtime`, which bring the SDK's Node script loading and whole error
 * catalogue, unshakable. These plugins point every one of them at its ES module build, so unused
 * parts are dropped and no package is bundled twice: the host's entry loses a fifth of its size.
 * Add them after the federation plugin.
 */
export function esmFederationRuntime(): RspackPluginInstance[] {
  const esmBuildOf = (name: string) =>
    join(dirname(createRequire(import.meta.url).resolve(`@module-federation/${name}`)), 'index.js');
  const injectedModules = new rspack.NormalModuleReplacementPlugin(
    /(webpack-bundler-runtime|inject-external-runtime-core-plugin)[\\/]dist[\\/]index\.cjs$/,
    (resource) => {
      resource.request = resource.request.replace(/index\.cjs$/, 'index.js');
    },
  );
  const aliases: RspackPluginInstance = {
    apply(compiler) {
      compiler.hooks.afterPlugins.tap({ name: 'EsmFederationRuntime', stage: 100 }, () => {
        compiler.options.resolve.alias = {
          ...compiler.options.resolve.alias,
          // Both forms: the plugin's own `$` alias, and requests it rewrote before this ran.
          '@module-federation/runtime': esmBuildOf('runtime'),
          '@module-federation/runtime$': esmBuildOf('runtime'),
          '@module-federation/runtime-core$': esmBuildOf('runtime-core'),
          '@module-federation/sdk$': esmBuildOf('sdk'),
        };
      });
    },
  };
  return [injectedModules, aliases];
}
