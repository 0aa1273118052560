// Bundles a consumer's entry the way an app's bundler would: from the consumer's folder, so
// every import resolves in its node_modules (and the package's `exports`/`sideEffects` apply).
import { build } from 'esbuild';

export async function bundle(
  entry: string,
  options: { jsx?: boolean; minify?: boolean } = {},
): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: options.minify ?? false,
    jsx: options.jsx ? 'automatic' : undefined,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
