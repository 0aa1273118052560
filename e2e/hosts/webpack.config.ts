// The webpack 5 foreign host (e2e/hosts/webpack5): plain JavaScript, no framework, no shared
// modules, the federation runtime provided to the remote. Built with the other hosts.
import { ModuleFederationPlugin } from '@module-federation/enhanced/webpack';
import { resolve } from 'node:path';
import type { Configuration } from 'webpack';

const here = import.meta.dirname;

export const webpackHostConfig: Configuration = {
  mode: 'production',
  context: resolve(here, 'webpack5'),
  entry: { main: './index.js' },
  output: {
    path: resolve(here, '../.hosts/webpack5'),
    publicPath: '/webpack5/',
    uniqueName: 'webpack_host',
    clean: true,
  },
  optimization: { minimize: false },
  performance: false,
  plugins: [
    new ModuleFederationPlugin({
      name: 'webpack_host',
      remotes: {},
      dts: false,
      manifest: false,
      // The remote is built with `externalRuntime`: its host provides the runtime.
      experiments: { provideExternalRuntime: true },
    }),
  ],
};
