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

// Also free of zod, so `remote_ready/mount` and the React check cost no schema library.
/** What went wrong, in `RemoteError.code`; hosts should treat unknown codes as `load_failed`. */
export const remoteErrorCodes = {
  /** The host passed props that do not meet the contract; the message names each one. */
  propsInvalid: 'props_invalid',
  /** The host's React cannot run the React 19 exposes; `remote_ready/mount` can. */
  reactIncompatible: 'react_incompatible',
  /** Data or code the page needs could not load (it shows its own retry). */
  loadFailed: 'load_failed',
} as const;
export type RemoteErrorCode = (typeof remoteErrorCodes)[keyof typeof remoteErrorCodes];

/** The React major the React exposes need from the host (shared singleton). */
export const REQUIRED_REACT_MAJOR = 19;

/** The one message a host on an older React gets through `onError` (the page renders nothing). */
export function reactIncompatibleMessage(hostReactVersion: string): string {
  return (
    `The Scenra Ready React modules need React ${REQUIRED_REACT_MAJOR} or later, and this page shares React ${hostReactVersion}. ` +
    'Nothing was rendered: mount the page with `remote_ready/mount` instead (it brings its own React), or share React 19.'
  );
}
