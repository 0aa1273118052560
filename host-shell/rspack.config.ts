/// <reference types="node" />
// The reference host: a plain SPA that loads the `remote_ready` remote at runtime from the
// manifest URL in /config.json. It provides the federation runtime and the shared singletons
// (React, ReactDOM, Lit) the remote relies on.
import { defineConfig } from '@rspack/cli';
import { rspack } from '@rspack/core';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { fileURLToPath } from 'node:url';
import { documentCss } from '@scenra/tokens';
import { startupPreload } from './rspack.startup-preload.ts';
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

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  ...buildMode,
  context: here('.'),
  entry: { main: './src/index.ts' },
  output: {
    path: here('./dist'),
    publicPath: '/',
    uniqueName: 'scenra_host',
    filename: production ? 'assets/[name].[contenthash:8].js' : 'assets/[name].js',
    chunkFilename: production ? 'assets/[name].[contenthash:8].js' : 'assets/[name].js',
    clean: true,
  },
  resolve: typescriptResolve,
  module: { rules: [contractsHaveNoSideEffects, typescriptRule({ jsx: true })] },
  plugins: [
    new rspack.HtmlRspackPlugin({
      template: './src/index.html',
      templateParameters: { tokensCss: documentCss() },
    }),
    new ModuleFederationPlugin({
      name: 'scenra_host',
      // Remotes are registered at runtime from /config.json, never baked into the bundle.
      remotes: {},
      dts: false,
      manifest: false,
      // The remote is built with `externalRuntime`: this host provides the federation runtime.
      experiments: { provideExternalRuntime: true, optimization: { target: 'web' } },
      shared: sharedSingletons,
    }),
    ...esmFederationRuntime(),
    startupPreload(),
    eagerCompileHint(),
  ],
  optimization: { minimize: production },
  performance: false,
  devServer: { port: 4002, historyApiFallback: true },
});
