/**
 * Version of the props contract between the host and the federated remote.
 * Bump the major on any breaking change: a host refuses a remote whose major differs.
 * Kept apart from the zod schemas (federation.ts) so a host can check a remote's version
 * without loading zod.
 */
export const FEDERATION_CONTRACT_VERSION = '1.2.0';

/** True when a remote built against `remoteVersion` can be mounted by this host. */
export function isContractCompatible(
  remoteVersion: string,
  hostVersion = FEDERATION_CONTRACT_VERSION,
): boolean {
  const major = (v: string) => v.split('.')[0];
  return major(remoteVersion) === major(hostVersion);
}
