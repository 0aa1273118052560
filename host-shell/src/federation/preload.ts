// Fetches the ready page's remote code while the user is still reading the roundtable, so
// "Continue to Final Step →" opens a page whose code is already in the browser cache.
import { preloadRemote } from '@module-federation/enhanced/runtime';
import { isContractCompatible } from '@scenra/contracts';
import { ensureRegistered, type ExposedName } from './loadRemoteModule.ts';
import { resolveRemoteRelease } from './resolveRemoteRelease.ts';

/** @param remoteUrl a release's `mf-manifest.json`, or a channel file naming the release */
export async function preloadRemoteModule(remoteUrl: string, exposed: ExposedName): Promise<void> {
  try {
    const release = await resolveRemoteRelease(remoteUrl);
    // An incompatible release is never downloaded; the ready page shows its fallback.
    if (release.contractVersion !== undefined && !isContractCompatible(release.contractVersion)) {
      return;
    }
    ensureRegistered(release.manifestUrl);
    await preloadRemote([
      { nameOrAlias: 'remote_ready', exposes: [exposed], resourceCategory: 'sync' },
    ]);
  } catch (error) {
    // Not the user's concern: the real load retries and falls back.
    console.warn('Preloading the ready page failed', error);
  }
}
