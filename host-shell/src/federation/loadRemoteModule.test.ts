// The decisions the host takes on what the federation runtime gives back; the real loading
// path (manifest, container, shared React) runs in the e2e project.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({
  loadRemote: vi.fn(),
  registerRemotes: vi.fn(),
  registerPlugins: vi.fn(),
}));
vi.mock('@module-federation/enhanced/runtime', () => runtime);

const { loadRemoteModule } = await import('./loadRemoteModule.ts');
const { checkedManifestPlugin } = await import('./resolveRemoteRelease.ts');
const Component = () => null;

/** What the remote's origin serves, by URL: channel files and release manifests. */
const served = new Map<string, unknown>();
const fetched: string[] = [];
const manifest = (contractVersion: string) => ({
  metaData: { name: 'remote_ready', scenra: { contractVersion } },
});
vi.stubGlobal('fetch', async (url: string) => {
  fetched.push(url);
  const body = served.get(url);
  return body === undefined
    ? new Response('not found', { status: 404 })
    : Response.json(body, { status: 200 });
});

describe('loadRemoteModule', () => {
  beforeEach(() => {
    runtime.loadRemote.mockReset();
    runtime.registerRemotes.mockClear();
    fetched.length = 0;
    served.set('http://remote/mf-manifest.json', manifest('1.2.0'));
    served.set('http://other/mf-manifest.json', manifest('1.2.0'));
  });

  it('returns the component of a remote that speaks the same contract major', async () => {
    runtime.loadRemote.mockResolvedValue({ default: Component, contractVersion: '1.4.0' });
    const result = await loadRemoteModule(
      'http://remote/mf-manifest.json',
      'VideoReadyDashboard',
      1000,
    );
    expect(result).toEqual({ ok: true, Component, contractVersion: '1.4.0' });
    expect(runtime.loadRemote).toHaveBeenCalledWith('remote_ready/VideoReadyDashboard');
    expect(runtime.registerRemotes).toHaveBeenCalledWith(
      [{ name: 'remote_ready', entry: 'http://remote/mf-manifest.json' }],
      { force: false },
    );
    // The runtime is handed the manifest the host checked, not a second download of it.
    expect(runtime.registerPlugins).toHaveBeenCalledWith([checkedManifestPlugin]);
    const served = await (checkedManifestPlugin.fetch as (url: string) => Promise<Response>)(
      'http://remote/mf-manifest.json',
    );
    await expect(served.json()).resolves.toEqual(manifest('1.2.0'));
    expect(
      (checkedManifestPlugin.fetch as (url: string) => unknown)(
        'http://unchecked/mf-manifest.json',
      ),
    ).toBeUndefined();
  });

  it('refuses a remote built against another contract major', async () => {
    runtime.loadRemote.mockResolvedValue({ default: Component, contractVersion: '2.0.0' });
    const result = await loadRemoteModule(
      'http://remote/mf-manifest.json',
      'VideoReadyDashboard',
      1000,
    );
    expect(result).toMatchObject({ ok: false, reason: 'incompatible' });
  });

  it('refuses a module that does not say which contract it implements', async () => {
    runtime.loadRemote.mockResolvedValue({ default: Component });
    await expect(
      loadRemoteModule('http://remote/mf-manifest.json', 'ApiKeysSettings', 1000),
    ).resolves.toMatchObject({
      ok: false,
      reason: 'incompatible',
    });
  });

  it('gives up after the timeout when the remote hangs', async () => {
    runtime.loadRemote.mockReturnValue(new Promise(() => {}));
    const started = Date.now();
    const result = await loadRemoteModule(
      'http://remote/mf-manifest.json',
      'VideoReadyDashboard',
      50,
    );
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reports a remote that fails to load as unavailable', async () => {
    runtime.loadRemote.mockRejectedValue(new Error('Failed to fetch'));
    await expect(
      loadRemoteModule('http://remote/mf-manifest.json', 'VideoReadyDashboard', 1000),
    ).resolves.toEqual({
      ok: false,
      reason: 'unavailable',
      detail: 'Failed to fetch',
    });
  });

  it('re-registers the remote when the manifest URL changes', async () => {
    runtime.loadRemote.mockResolvedValue({ default: Component, contractVersion: '1.0.0' });
    await loadRemoteModule('http://other/mf-manifest.json', 'VideoReadyDashboard', 1000);
    expect(runtime.registerRemotes).toHaveBeenLastCalledWith(
      [{ name: 'remote_ready', entry: 'http://other/mf-manifest.json' }],
      { force: true },
    );
  });

  it('reads the channel, then refuses a release whose manifest names another contract major before loading any of its code', async () => {
    served.set('http://cdn/channels/next.json', { release: '2.0.0-0123456789' });
    served.set('http://cdn/remote-ready/2.0.0-0123456789/mf-manifest.json', manifest('2.0.0'));
    const result = await loadRemoteModule(
      'http://cdn/channels/next.json',
      'VideoReadyDashboard',
      1000,
    );
    expect(result).toMatchObject({ ok: false, reason: 'incompatible' });
    expect(fetched).toEqual([
      'http://cdn/channels/next.json',
      'http://cdn/remote-ready/2.0.0-0123456789/mf-manifest.json',
    ]);
    expect(runtime.registerRemotes).not.toHaveBeenCalled();
    expect(runtime.loadRemote).not.toHaveBeenCalled();
  });

  it('keeps the release a page started with when the channel moves on', async () => {
    runtime.loadRemote.mockResolvedValue({ default: Component, contractVersion: '1.2.0' });
    served.set('http://cdn/channels/stable.json', { release: '1.0.0-aaaaaaaaaa' });
    served.set('http://cdn/remote-ready/1.0.0-aaaaaaaaaa/mf-manifest.json', manifest('1.2.0'));
    served.set('http://cdn/remote-ready/1.0.1-bbbbbbbbbb/mf-manifest.json', manifest('1.2.0'));
    await loadRemoteModule('http://cdn/channels/stable.json', 'VideoReadyDashboard', 1000);
    served.set('http://cdn/channels/stable.json', { release: '1.0.1-bbbbbbbbbb' });
    await loadRemoteModule('http://cdn/channels/stable.json', 'ApiKeysSettings', 1000);
    expect(runtime.registerRemotes).toHaveBeenCalledTimes(1);
    expect(runtime.registerRemotes).toHaveBeenLastCalledWith(
      [
        {
          name: 'remote_ready',
          entry: 'http://cdn/remote-ready/1.0.0-aaaaaaaaaa/mf-manifest.json',
        },
      ],
      { force: true },
    );
    expect(fetched.filter((url) => url.endsWith('stable.json'))).toHaveLength(1);
  });

  it('asks the channel again after it could not be read', async () => {
    runtime.loadRemote.mockResolvedValue({ default: Component, contractVersion: '1.2.0' });
    await expect(
      loadRemoteModule('http://cdn/channels/later.json', 'VideoReadyDashboard', 1000),
    ).resolves.toMatchObject({ ok: false, reason: 'unavailable' });
    served.set('http://cdn/channels/later.json', { release: '1.0.0-aaaaaaaaaa' });
    await expect(
      loadRemoteModule('http://cdn/channels/later.json', 'VideoReadyDashboard', 1000),
    ).resolves.toMatchObject({ ok: true });
  });

  it('refuses a channel naming something that is not a release', async () => {
    served.set('http://cdn/channels/odd.json', { release: '../../elsewhere' });
    await expect(
      loadRemoteModule('http://cdn/channels/odd.json', 'VideoReadyDashboard', 1000),
    ).resolves.toMatchObject({ ok: false, reason: 'unavailable' });
    expect(fetched).toEqual(['http://cdn/channels/odd.json']);
  });
});
