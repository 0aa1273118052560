// Retrying a remote that failed to load, with the federation runtime's answers simulated.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({
  loadRemote: vi.fn(),
  registerRemotes: vi.fn(),
  registerPlugins: vi.fn(),
}));
vi.mock('@module-federation/enhanced/runtime', () => runtime);
// The release's manifest, read before the module: down for the first `manifestFailures` reads.
let manifestFailures = 0;
vi.stubGlobal('fetch', async () =>
  manifestFailures-- > 0
    ? new Response('unavailable', { status: 503 })
    : Response.json({ metaData: { name: 'remote_ready', scenra: { contractVersion: '1.2.0' } } }),
);

const { loadRemoteWithRetries } = await import('./retry.ts');
const Component = () => null;
const manifest = 'http://remote/mf-manifest.json';
const noWait = vi.fn(async (_ms: number) => {});
const load = (delaysMs: number[]) =>
  loadRemoteWithRetries(manifest, 'VideoReadyDashboard', 1000, delaysMs, noWait);

describe('loadRemoteWithRetries', () => {
  beforeEach(() => {
    runtime.loadRemote.mockReset();
    runtime.registerRemotes.mockReset();
    noWait.mockClear();
    manifestFailures = 0;
  });

  it('recovers from a brief outage, registering the remote afresh for each attempt', async () => {
    runtime.loadRemote
      .mockRejectedValueOnce(new Error('Failed to fetch'))
      .mockResolvedValueOnce({ default: Component, contractVersion: '1.2.0' });
    const result = await load([10, 20]);
    expect(result).toEqual({ ok: true, Component, contractVersion: '1.2.0', attempts: 2 });
    expect(noWait.mock.calls).toEqual([[10]]);
    // The runtime caches a failed manifest: the retry replaces the registration.
    expect(runtime.registerRemotes).toHaveBeenLastCalledWith(
      [{ name: 'remote_ready', entry: manifest }],
      {
        force: true,
      },
    );
  });

  it('gives up after the last pause, with every attempt counted', async () => {
    runtime.loadRemote.mockRejectedValue(new Error('Failed to fetch'));
    const result = await load([10, 20]);
    expect(result).toMatchObject({ ok: false, reason: 'unavailable', attempts: 3 });
    expect(noWait.mock.calls).toEqual([[10], [20]]);
    expect(runtime.loadRemote).toHaveBeenCalledTimes(3);
  });

  it('retries when the release itself cannot be read', async () => {
    manifestFailures = 1;
    runtime.loadRemote.mockResolvedValue({ default: Component, contractVersion: '1.2.0' });
    // Another release than the other tests read (a page keeps a release it has read).
    const result = loadRemoteWithRetries(
      'http://remote/other/mf-manifest.json',
      'VideoReadyDashboard',
      1000,
      [10],
      noWait,
    );
    await expect(result).resolves.toMatchObject({ ok: true, attempts: 2 });
  });

  it('does not retry an incompatible remote', async () => {
    runtime.loadRemote.mockResolvedValue({ default: Component, contractVersion: '2.0.0' });
    const result = await load([10]);
    expect(result).toMatchObject({ ok: false, reason: 'incompatible', attempts: 1 });
    expect(noWait).not.toHaveBeenCalled();
  });
});
