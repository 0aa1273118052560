// Foreign hosts of the remote, built with another bundler (Vite + @module-federation/vite) as
// an independent host team would, from the published docs and types only:
//   react19     a React 19 host that provides the federation runtime: the supported way;
//   react18     a React 18 host (its React shared as a singleton): the React exposes must refuse
//               it cleanly, and `remote_ready/mount` must still draw a working page;
//   no-runtime  a React 19 host that does not provide the federation runtime.
// Built once by the e2e global setup into e2e/.hosts/<variant>/ (served under /<variant>/).
import { federation } from '@module-federation/vite';
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';
import { sharedOfManifest } from './shared.ts';

export const hostVariants = ['react19', 'react18', 'no-runtime'] as const;
export type HostVariant = (typeof hostVariants)[number];

const here = import.meta.dirname;
const root = resolve(here, '../..');

export function hostConfig(variant: HostVariant): InlineConfig {
  const reactVersion = variant === 'react18' ? '18.3.1' : '19.3.1';
  const shared = Object.fromEntries(
    sharedOfManifest(resolve(root, 'remote-ready/dist/mf-manifest.json')).map((entry) => [
      entry.name,
      {
        singleton: true,
        // The host shares what it has; the remote decides whether that fits (React: it may not).
        requiredVersion: entry.name.startsWith('react')
          ? `^${reactVersion}`
          : entry.requiredVersion,
        ...(entry.name.startsWith('react') ? { version: reactVersion } : {}),
      },
    ]),
  );
  return {
    configFile: false,
    // The React 18 host is its own workspace (e2e-react18-host), where `react` is 18.
    root: variant === 'react18' ? resolve(root, 'e2e-react18-host') : resolve(here, 'src'),
    base: `/${variant}/`,
    logLevel: 'warn',
    define: { __HOST_VARIANT__: JSON.stringify(variant) },
    build: {
      outDir: resolve(here, '../.hosts', variant),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
    },
    plugins: [
      federation({
        name: `vite_host_${variant.replace('-', '_')}`,
        // Declared so the plugin initializes the host's runtime; the page replaces the entry
        // at runtime (`registerRemotes(…, { force: true })`) with the manifest URL it is given.
        remotes: {
          remote_ready: {
            type: 'var',
            name: 'remote_ready',
            entry: 'https://remote.invalid/mf-manifest.json',
          },
        },
        shared,
        // Remote entries load when first used (the default `version-first` fetches them all
        // at start, the placeholder above included).
        shareStrategy: 'loaded-first',
        dts: false,
        ...(variant === 'no-runtime' ? {} : { experiments: { provideExternalRuntime: true } }),
      }),
    ],
  };
}
