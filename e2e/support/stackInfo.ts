// What the global setup hands to every e2e test through vitest's provide/inject.
export interface StackInfo {
  service: string;
  remote: string;
  /** The stable channel the host reads. */
  channel: string;
  /** The manifest of the release the stack published at start. */
  manifest: string;
  /** The release layout the remote's origin serves (tests publish releases into it). */
  releasesDir: string;
  host: string;
  mongodb: string;
  /** POST /remote/stop and /remote/start take the remote's origin down and up. */
  control: string;
  serviceLog: string;
  /** Origin of the foreign hosts (e2e/hosts): /react19/, /react18/, /no-runtime/. */
  foreignHosts: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}
