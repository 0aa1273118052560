export interface StackPorts {
  service?: number;
  remote?: number;
  host?: number;
  ferretdb?: number;
}

export interface StackUrls {
  service: string;
  remote: string;
  /** The stable channel file the host reads (`/channels/stable.json`). */
  channel: string;
  /** The manifest of the release this start published. */
  manifest: string;
  host: string;
  mongodb: string;
}

export interface StackOptions {
  ports?: StackPorts;
  dataDir: string;
  /** 'inherit' shows every part's output; a path appends the service's log lines to that file. */
  log?: 'inherit' | 'ignore' | string;
  /** The host name browsers use: 127.0.0.1 (tests) or localhost (npm start). */
  publicHost?: string;
  /** An existing MongoDB instead of a FerretDB of our own (defaults to $MONGODB_URI). */
  mongodbUri?: string;
  remoteTimeoutMs?: number;
  /** Extra service settings, e.g. a shorter SANDBOX_RENDER_MS in tests. */
  serviceEnv?: Record<string, string>;
  /** The remote's release layout (default: `<dataDir>/cdn`); releases accumulate there. */
  releasesDir?: string;
  /** More than 1: that many service instances behind a round-robin proxy, sharing a private Redis. */
  serviceInstances?: number;
}

export interface Stack {
  urls: StackUrls;
  /** The release layout the remote's origin serves. */
  releasesDir: string;
  stop(): Promise<void>;
  /** Takes the remote's origin down while the rest keeps running. */
  stopRemote(): Promise<void>;
  startRemote(): Promise<void>;
}

export function startStack(options: StackOptions): Promise<Stack>;
