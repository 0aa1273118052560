// Runtime configuration, fetched from /config.json (written by the server from its environment),
// so one build of the host runs against any service and any remote.
export interface HostConfig {
  /** Origin of the Scenra service, e.g. http://localhost:4000. */
  apiBaseUrl: string;
  /** Where the remote is loaded from: a release channel file, or one release's mf-manifest.json. */
  remoteManifestUrl: string;
  /** How long the host waits for the remote before showing its own fallback. */
  remoteTimeoutMs: number;
  /** Show the analytics event log (development only). */
  showEventLog: boolean;
}

export async function loadConfig(): Promise<HostConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  const raw = (await response.json()) as Partial<HostConfig>;
  if (typeof raw.apiBaseUrl !== 'string' || typeof raw.remoteManifestUrl !== 'string') {
    throw new Error('/config.json must name apiBaseUrl and remoteManifestUrl');
  }
  return {
    apiBaseUrl: raw.apiBaseUrl.replace(/\/+$/, ''),
    remoteManifestUrl: raw.remoteManifestUrl,
    remoteTimeoutMs: typeof raw.remoteTimeoutMs === 'number' ? raw.remoteTimeoutMs : 5000,
    showEventLog: raw.showEventLog === true,
  };
}
