/// <reference types="node" />
// The federated remote `remote_ready`: exposes the Video Ready Dashboard and the API-keys
// settings to any host that loads `mf-manifest.json` at runtime. React, ReactDOM and Lit come
// from the host (shared singletons), so the remote ships only its own code.
import { defineConfig } from '@rspack/cli';
import { rspack, type RspackPluginInstance } from '@rspack/core';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEDERATION_CONTRACT_VERSION } from '@scenra/contracts';
import {
  buildMode,
  contractsHaveNoSideEffects,
  isProduction as production,
  sharedSingletons,
  typescriptResolve,
  typescriptRule,
} from '../rspack.shared.ts';
import { runtimeGuardPlugins } from './rspack.runtime-guard.ts';
import { standaloneFile } from './rspack.standalone.config.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The federation plugin also aliases `@module-federation/runtime` to its CommonJS build (which
 * brings the SDK's whole error catalogue) once all plugins are applied; point the alias at the
 * ES module build instead, whose unused parts are dropped.
 */
const esmFederationRuntime: RspackPluginInstance = {
  apply(compiler) {
    compiler.hooks.afterPlugins.tap({ name: 'EsmFederationRuntime', stage: 100 }, () => {
      const runtimePackage = createRequire(import.meta.url).resolve(
        '@module-federation/runtime/package.json',
      );
      const esm = join(dirname(runtimePackage), 'dist/index.js');
      compiler.options.resolve.alias = {
        ...compiler.options.resolve.alias,
        '@module-federation/runtime': esm,
        '@module-federation/runtime$': esm,
      };
    });
  },
};

/** `bundled` ships the federation runtime inside remoteEntry.js (measured by the benchmark only). */
const bundledRuntime = process.env.REMOTE_FEDERATION_RUNTIME === 'bundled';
export default defineConfig({
  ...buildMode,
  context: here('.'),
  // The container entry (remoteEntry.js) is added by the federation plugin; no page entry here.
  entry: {},
  output: {
    path: here('./dist'),
    publicPath: 'auto',
    uniqueName: 'remote_ready',
    filename: production ? '[name].[contenthash:8].js' : '[name].js',
    chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
    // `keep` sees absolute paths: the other builds' folders survive this one's cleaning.
    clean: { keep: /[\\/]dist[\\/](elements|standalone)([\\/]|$)/ },
  },
  resolve: typescriptResolve,
  module: { rules: [contractsHaveNoSideEffects, typescriptRule({ jsx: true })] },
  plugins: [
    // The federation plugin injects the CommonJS build of its bundler runtime, which drags in
    // the whole SDK (Node script loading included). Its ES module build lets unused parts go.
    new rspack.NormalModuleReplacementPlugin(
      /webpack-bundler-runtime[\\/]dist[\\/]index\.cjs$/,
      (resource) => {
        resource.request = resource.request.replace(/index\.cjs$/, 'index.js');
      },
    ),
    new ModuleFederationPlugin({
      name: 'remote_ready',
      filename: 'remoteEntry.js',
      manifest: {
        // The props contract this release implements, readable by a host from the manifest
        // before it fetches any module code (see README "Releases").
        additionalData({ stats }) {
          Object.assign(stats.metaData, {
            scenra: { contractVersion: FEDERATION_CONTRACT_VERSION },
          });
        },
      },
      dts: false,
      experiments: {
        externalRuntime: !bundledRuntime,
        optimization: { disableSnapshot: true, disableRemote: true, target: 'web' },
      },
      exposes: {
        './VideoReadyDashboard': './src/dashboard/VideoReadyDashboard.tsx',
        './ApiKeysSettings': './src/settings/ApiKeysSettings.tsx',
        './mount': './src/mount/mount.ts',
      },
      shared: sharedSingletons,
    }),
    esmFederationRuntime,
    ...(bundledRuntime ? [] : runtimeGuardPlugins('remote_ready')),
    new rspack.DefinePlugin({ __SCENRA_STANDALONE_FILE__: JSON.stringify(standaloneFile()) }),
  ],
  optimization: { minimize: production },
  performance: false,
  devServer: {
    port: 4001,
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
});
