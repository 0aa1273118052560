// What the global setup hands to every e2e test through vitest's provide/inject.
export interface StackInfo {
  service: string;
  remote: string;
  manifest: string;
  host: string;
  mongodb: string;
  /** POST /remote/stop and /remote/start take the remote's origin down and up. */
  control: string;
  serviceLog: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}
