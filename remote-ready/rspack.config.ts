/// <reference types="node" />
// The federated remote `remote_ready`: exposes the Video Ready Dashboard and the API-keys
// settings to any host that loads `mf-manifest.json` at runtime. React, ReactDOM and Lit come
// from the host (shared singletons), so the remote ships only its own code.
import { defineConfig } from '@rspack/cli';
import { rspack } from '@rspack/core';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { fileURLToPath } from 'node:url';
import { FEDERATION_CONTRACT_VERSION } from '@scenra/contracts';
import {
  buildMode,
  contractsHaveNoSideEffects,
  eagerCompileHint,
  esmFederationRuntime,
  isProduction as production,
  sharedSingletons,
  typescriptResolve,
  typescriptRule,
} from '../rspack.shared.ts';
import { runtimeGuardPlugins } from './rspack.runtime-guard.ts';
import { standaloneFile } from './rspack.standalone.config.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

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
    ...esmFederationRuntime(),
    eagerCompileHint(),
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
