// Loads an exposed module of the `remote_ready` remote at runtime and checks it speaks a
// compatible props contract — first from the release's manifest, before any module code is
// fetched, then from the module itself. Any failure (remote down, slow, incompatible) becomes a
// typed reason the page turns into its own fallback.
import { loadRemote, registerPlugins, registerRemotes } from '@module-federation/enhanced/runtime';
import { isContractCompatible, FEDERATION_CONTRACT_VERSION } from '@scenra/contracts';
import type { ComponentType } from 'react';
import { checkedManifestPlugin, resolveRemoteRelease } from './resolveRemoteRelease.ts';

export type ExposedName = 'VideoReadyDashboard' | 'ApiKeysSettings';

export interface RemoteModule<P> {
  default: ComponentType<P>;
  contractVersion: string;
}

export type RemoteLoadResult<P> =
  | { ok: true; Component: ComponentType<P>; contractVersion: string }
  | { ok: false; reason: 'unavailable' | 'timeout' | 'incompatible'; detail: string };

let registeredManifest: string | undefined;
let replaceRegistration = false;

/** Registers the remote (once per manifest URL; afresh after a failed load, which the runtime caches). */
export function ensureRegistered(manifestUrl: string): void {
  if (registeredManifest === manifestUrl) return;
  if (registeredManifest === undefined) registerPlugins([checkedManifestPlugin]);
  registerRemotes([{ name: 'remote_ready', entry: manifestUrl }], {
    force: replaceRegistration,
  });
  registeredManifest = manifestUrl;
  replaceRegistration = true;
}

const incompatible = (version: string) =>
  ({
    ok: false,
    reason: 'incompatible',
    detail: `the remote implements contract ${version}, this host needs ${FEDERATION_CONTRACT_VERSION}`,
  }) as const;

/**
 * @param remoteUrl a release's `mf-manifest.json`, or a channel file naming the release
 *   (see resolveRemoteRelease.ts)
 */
export async function loadRemoteModule<P>(
  remoteUrl: string,
  exposed: ExposedName,
  timeoutMs: number,
): Promise<RemoteLoadResult<P>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const timedOut = {
    ok: false,
    reason: 'timeout',
    detail: `the remote did not answer within ${timeoutMs} ms`,
  } as const;
  try {
    const release = await Promise.race([resolveRemoteRelease(remoteUrl), timeout]);
    if (release === 'timeout') return timedOut;
    // A release that names an incompatible contract is refused before its code is downloaded.
    if (release.contractVersion !== undefined && !isContractCompatible(release.contractVersion)) {
      return incompatible(release.contractVersion);
    }
    ensureRegistered(release.manifestUrl);
    const loaded = await Promise.race([
      loadRemote<RemoteModule<P>>(`remote_ready/${exposed}`),
      timeout,
    ]);
    if (loaded === 'timeout') return timedOut;
    if (!loaded || typeof loaded.default !== 'function') {
      return {
        ok: false,
        reason: 'unavailable',
        detail: `remote_ready/${exposed} has no component`,
      };
    }
    const version = typeof loaded.contractVersion === 'string' ? loaded.contractVersion : '0.0.0';
    if (!isContractCompatible(version)) return incompatible(version);
    return { ok: true, Component: loaded.default, contractVersion: version };
  } catch (error) {
    registeredManifest = undefined; // the next attempt starts from a clean registration
    return {
      ok: false,
      reason: 'unavailable',
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}
