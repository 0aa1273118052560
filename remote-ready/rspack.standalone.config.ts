/// <reference types="node" />
// The framework-neutral build behind `remote_ready/mount`: the remote's pages with their own
// React 19, ReactDOM and Lit in one ES module (plus the pages' lazy chunks), sharing nothing
// with the host. Built before the federated remote, which bakes its file name into ./mount.
import { defineConfig } from '@rspack/cli';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  contractsHaveNoSideEffects,
  eagerCompileHint,
  typescriptResolve,
  typescriptRule,
} from '../rspack.shared.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const outputDir = here('./dist/standalone');

/** The standalone entry's file, relative to the remote's dist (its public path). */
export function standaloneFile(): string {
  let files: string[] = [];
  try {
    files = readdirSync(outputDir);
  } catch {
    // not built yet
  }
  const entry = files.find((file) => /^pages\.[0-9a-f]{8}\.js$/.test(file));
  if (!entry) {
    // The dev server runs without it (./mount then reports a load error); a release never does.
    if (process.env.NODE_ENV === 'development') return 'standalone/pages.js';
    throw new Error(
      'The standalone pages are not built: run "rspack build -c rspack.standalone.config.ts" first (npm run build does).',
    );
  }
  return `standalone/${entry}`;
}

export default defineConfig({
  mode: 'production',
  devtool: 'source-map',
  context: here('.'),
  entry: { pages: './src/mount/standalone.tsx' },
  output: {
    path: outputDir,
    publicPath: 'auto',
    filename: '[name].[contenthash:8].js',
    chunkFilename: '[name].[contenthash:8].js',
    module: true,
    chunkFormat: 'module',
    chunkLoading: 'import',
    library: { type: 'modern-module' },
    clean: true,
  },
  resolve: {
    ...typescriptResolve,
    conditionNames: ['browser', 'import', 'module', 'default'],
  },
  module: { rules: [contractsHaveNoSideEffects, typescriptRule({ jsx: true })] },
  optimization: { minimize: true, runtimeChunk: false, avoidEntryIife: true },
  plugins: [eagerCompileHint()],
  performance: false,
});
