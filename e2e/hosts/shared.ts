// What a host shares with the remote, read from the remote's own mf-manifest.json: every
// package the remote consumes, as a singleton with the range the remote requires. This is
// the list the README's "Integrate from any bundler" documents.
import { readFileSync } from 'node:fs';

export interface ManifestShared {
  name: string;
  version: string;
  singleton: boolean;
  requiredVersion: string;
}

export function sharedOfManifest(manifestPath: string): ManifestShared[] {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { shared: ManifestShared[] };
  return [...manifest.shared].sort((a, b) => a.name.localeCompare(b.name));
}
