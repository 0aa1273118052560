// The standalone web-components bundle for other teams: one minified ESM file with Lit
// inside, no React, no Module Federation. `<script type="module" src=".../scenra-elements.js">`
// registers every `scenra-*` element (guarded, so a second copy on the page is harmless).
import { defineConfig } from '@rspack/cli';
import { fileURLToPath } from 'node:url';
import { typescriptRule } from '../rspack.shared.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  mode: 'production',
  devtool: 'source-map',
  context: here('.'),
  entry: { 'scenra-elements': './src/elements/index.ts' },
  output: {
    path: here('./dist/elements'),
    filename: '[name].js',
    module: true,
    chunkFormat: 'module',
    library: { type: 'modern-module' },
    clean: true,
  },
  resolve: {
    extensions: ['.ts', '.js'],
    // Lit's production build (no dev-mode warnings or checks).
    conditionNames: ['browser', 'import', 'module', 'default'],
  },
  module: { rules: [typescriptRule()] },
  optimization: {
    minimize: true,
    // A single self-contained file: no runtime chunk, no split chunks.
    splitChunks: false,
    runtimeChunk: false,
    avoidEntryIife: true,
  },
  performance: { hints: 'error', maxEntrypointSize: 100_000, maxAssetSize: 100_000 },
});
