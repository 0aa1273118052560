// The decisions the host takes on what the federation runtime gives back; the real loading
// path (manifest, container, shared React) runs in the e2e project.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({ loadRemote: vi.fn(), registerRemotes: vi.fn() }));
vi.mock('@module-federation/enhanced/runtime', () => runtime);

const { loadRemoteModule } = await import('./loadRemoteModule.ts');
const Component = () => null;

describe('loadRemoteModule', () => {
  beforeEach(() => {
    runtime.loadRemote.mockReset();
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
});
