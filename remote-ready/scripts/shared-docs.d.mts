export interface ManifestShared {
  name: string;
  requiredVersion: string;
  singleton: boolean;
  version: string;
}
export function sharedModulesSection(manifest: { shared: ManifestShared[] }): string;
