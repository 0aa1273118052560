// Finds the release of the remote a page loads, and the props contract it implements, before any
// of its module code is fetched. The configured URL is either a release's mf-manifest.json (a
// pinned release) or a channel file naming one, `{ "release": "<id>" }`, whose manifest is
// `../remote-ready/<id>/mf-manifest.json` beside the channel. A page resolves it once and keeps
// that release: its lazy chunks stay under the same immutable prefix however many releases are
// published while it is open, and the next page load picks up what the channel names then.
// The federation runtime is then handed the very manifest that was checked (no second request,
// no chance of loading another one than was checked).
import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

export interface RemoteRelease {
  manifestUrl: string;
  /** From the manifest's `metaData.scenra`; undefined for a release that does not say. */
  contractVersion: string | undefined;
}

interface ManifestDocument {
  metaData?: { scenra?: { contractVersion?: unknown } };
}

const RELEASE_ID = /^[0-9A-Za-z][0-9A-Za-z.-]*$/;
const resolved = new Map<string, Promise<RemoteRelease>>();
/** The manifests read (and checked) so far, by URL. */
const checkedManifests = new Map<string, ManifestDocument>();

/** Runtime plugin: the federation runtime gets a checked manifest from memory. */
export const checkedManifestPlugin: ModuleFederationRuntimePlugin = {
  name: 'scenra-checked-manifest',
  fetch(url) {
    const manifest = checkedManifests.get(url);
    return manifest ? Promise.resolve(Response.json(manifest)) : undefined;
  },
};

export function resolveRemoteRelease(url: string): Promise<RemoteRelease> {
  let release = resolved.get(url);
  if (!release) {
    release = readRelease(url);
    resolved.set(url, release);
    // A failed lookup (remote down) is not kept: the next attempt asks again.
    release.catch(() => resolved.delete(url));
  }
  return release;
}

async function readRelease(url: string): Promise<RemoteRelease> {
  const document = await fetchJson(url);
  if (typeof document.release === 'string') {
    if (!RELEASE_ID.test(document.release)) {
      throw new Error(`the channel ${url} names an invalid release "${document.release}"`);
    }
    const manifestUrl = new URL(`../remote-ready/${document.release}/mf-manifest.json`, url).href;
    return fromManifest(manifestUrl, await fetchJson(manifestUrl));
  }
  return fromManifest(url, document);
}

function fromManifest(manifestUrl: string, manifest: ManifestDocument): RemoteRelease {
  if (typeof manifest.metaData !== 'object' || manifest.metaData === null) {
    throw new Error(`${manifestUrl} is not a Module Federation manifest`);
  }
  checkedManifests.set(manifestUrl, manifest);
  const version = manifest.metaData.scenra?.contractVersion;
  return { manifestUrl, contractVersion: typeof version === 'string' ? version : undefined };
}

async function fetchJson(url: string): Promise<ManifestDocument & { release?: unknown }> {
  // Channels and manifests are served `no-cache`: revalidated, so a rollback is seen at once.
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null) throw new Error(`${url} is not a JSON object`);
  return body as ManifestDocument & { release?: unknown };
}
