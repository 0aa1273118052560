/// <reference types="node" />
// How long browsers and CDNs may keep each file of the release layout. A file is immutable only
// when its URL names its version (a release folder or an elements x.y.z folder); everything a
// host re-reads to learn what is current (channels, indexes, manifests) is revalidated on every
// load, and the elements major alias is cached briefly so a fix reaches pages within minutes.

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const SHORT_LIVED = 'public, max-age=300';

/** A remote release folder: the package version, then a hash of the release's files. */
export const RELEASE_ID = /^\d+\.\d+\.\d+-[0-9a-f]{10}$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const MAJOR_ALIAS = /^v\d+$/;

/** The Cache-Control header for a path of the layout, e.g. `/remote-ready/<id>/remoteEntry.js`. */
export function cacheControlFor(path: string): string {
  const [area, folder, ...rest] = path.replace(/^\/+/, '').split('/');
  const file = rest.join('/');
  if (!folder || !file) return REVALIDATE;
  if (area === 'remote-ready' && RELEASE_ID.test(folder)) {
    // The manifest is what a host reads first; revalidating it costs one small request.
    return file === 'mf-manifest.json' ? REVALIDATE : IMMUTABLE;
  }
  if (area === 'elements' && SEMVER.test(folder)) return IMMUTABLE;
  if (area === 'elements' && MAJOR_ALIAS.test(folder)) return SHORT_LIVED;
  return REVALIDATE;
}
