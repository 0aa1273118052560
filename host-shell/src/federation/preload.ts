// Fetches the ready page's remote code while the user is still reading the roundtable, so
// "Continue to Final Step →" opens a page whose code is already in the browser cache.
import { preloadRemote } from '@module-federation/enhanced/runtime';
import { ensureRegistered, type ExposedName } from './loadRemoteModule.ts';

export function preloadRemoteModule(manifestUrl: string, exposed: ExposedName): void {
  try {
    ensureRegistered(manifestUrl);
    // A failure here is not the user's concern: the real load retries and falls back.
    preloadRemote([
      { nameOrAlias: 'remote_ready', exposes: [exposed], resourceCategory: 'sync' },
    ]).catch((error: unknown) => console.warn('Preloading the ready page failed', error));
  } catch (error) {
    console.warn('Preloading the ready page failed', error);
  }
}
