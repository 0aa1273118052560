// The production builds the stack serves: the remote's manifest exposes both modules, and the
// remote is served from its own origin with CORS, as a CDN would.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stackInfo } from './support/browser.ts';
import { sharedModulesSection } from '../remote-ready/scripts/shared-docs.mjs';

const root = resolve(import.meta.dirname, '..');

interface Manifest {
  name: string;
  metaData: { remoteEntry: { name: string } };
  exposes: Array<{ path: string }>;
  shared: Array<{ name: string; singleton: boolean }>;
}

describe('production builds', () => {
  it('the remote dist has an mf-manifest.json exposing the dashboard and the settings', () => {
    const manifest = JSON.parse(
      readFileSync(resolve(root, 'remote-ready/dist/mf-manifest.json'), 'utf8'),
    ) as Manifest;
    expect(manifest.name).toBe('remote_ready');
    expect(manifest.exposes.map((e) => e.path).sort()).toEqual([
      './ApiKeysSettings',
      './VideoReadyDashboard',
      './mount',
    ]);
    // The manifest lists the shared packages the remote really imports; each must be a singleton
    // so the host's copy is the only one on the page.
    expect(manifest.shared.map((s) => s.name)).toContain('react');
    expect(manifest.shared.filter((s) => !s.singleton)).toEqual([]);
  });

  it('the README lists the shared modules the build really consumes', () => {
    const manifest = JSON.parse(
      readFileSync(resolve(root, 'remote-ready/dist/mf-manifest.json'), 'utf8'),
    ) as Parameters<typeof sharedModulesSection>[0];
    const readme = readFileSync(resolve(root, 'remote-ready/README.md'), 'utf8');
    expect(
      readme,
      'remote-ready/README.md is stale: run node remote-ready/scripts/shared-docs.mjs',
    ).toContain(sharedModulesSection(manifest));
    expect(manifest.shared.map((s) => s.name)).toEqual(
      expect.arrayContaining(['react', 'react/jsx-runtime', 'lit']),
    );
  });

  it('the remote exposes ./mount, with the standalone pages it loads', () => {
    const manifest = JSON.parse(
      readFileSync(resolve(root, 'remote-ready/dist/mf-manifest.json'), 'utf8'),
    ) as Manifest;
    expect(manifest.exposes.map((e) => e.path)).toContain('./mount');
  });

  it('the host build has its page and no remote URL baked in', () => {
    const html = readFileSync(resolve(root, 'host-shell/dist/index.html'), 'utf8');
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain('mf-manifest.json');
  });

  it("opens every script with V8's eager-compile hint, before the remote entry's guard", () => {
    // The hint only counts on a file's first line (see eagerCompileHint in rspack.shared.ts).
    const scripts = [
      'host-shell/dist/assets',
      'remote-ready/dist',
      'remote-ready/dist/standalone',
    ].flatMap((dir) =>
      readdirSync(resolve(root, dir))
        .filter((file) => file.endsWith('.js'))
        .map((file) => `${dir}/${file}`),
    );
    expect(scripts.length).toBeGreaterThan(10);
    const firstLines = (file: string) => readFileSync(resolve(root, file), 'utf8').split('\n', 2);
    expect(
      scripts.filter((file) => firstLines(file)[0] !== '//# allFunctionsCalledOnLoad'),
    ).toEqual([]);
    expect(firstLines('remote-ready/dist/remoteEntry.js')[1]).toMatch(
      /^if\(!globalThis\._FEDERATION_RUNTIME_CORE\)/,
    );
  });

  it('serves the remote from another origin than the host, readable cross-origin', async () => {
    const { manifest, host } = stackInfo();
    expect(new URL(manifest).origin).not.toBe(new URL(host).origin);
    const response = await fetch(manifest, { headers: { origin: host } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await response.json()) as Manifest;
    const entry = await fetch(new URL(body.metaData.remoteEntry.name, manifest));
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves the host runtime config from its environment', async () => {
    const config = (await (await fetch(`${stackInfo().host}/config.json`)).json()) as Record<
      string,
      unknown
    >;
    expect(config).toMatchObject({
      apiBaseUrl: stackInfo().service,
      remoteManifestUrl: stackInfo().channel,
    });
  });
});
