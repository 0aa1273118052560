// Builds every foreign host once, into e2e/.hosts/<variant>/. Run as its own process
// (`node e2e/hosts/build.ts`, as the e2e global setup and the ready-page benchmark do): inside
// vitest's process, Vite and the federation plugin would see its test environment.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Stats } from 'webpack';

export const hostsDist = new URL('../.hosts/', import.meta.url);

/** Builds the hosts in a child process with a production environment. */
export function buildHosts(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`building the foreign hosts failed:\n${result.stderr || result.stdout}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { build } = await import('vite');
  const { hostConfig, hostVariants } = await import('./vite.config.ts');
  for (const variant of hostVariants) await build(hostConfig(variant));

  const { default: webpack } = await import('webpack');
  const { webpackHostConfig } = await import('./webpack.config.ts');
  const stats = await new Promise<Stats | undefined>((done, fail) =>
    webpack(webpackHostConfig, (error, result) => (error ? fail(error) : done(result))),
  );
  if (!stats || stats.hasErrors())
    throw new Error(stats?.toString('errors-only') ?? 'webpack failed');
  copyFileSync(
    new URL('./webpack5/index.html', import.meta.url),
    new URL('webpack5/index.html', hostsDist),
  );
}
