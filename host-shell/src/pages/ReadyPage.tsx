// Step 3: mounts the federated Video Ready Dashboard, or the host's fallback when it cannot.
import type { VideoReadyDashboardProps } from '@scenra/contracts';
import type { HostConfig } from '../lib/config.ts';
import { useCommonRemoteProps } from '../lib/remoteProps.ts';
import { useRemoteModule } from '../federation/useRemoteModule.ts';
import { RemoteBoundary } from '../federation/RemoteBoundary.tsx';
import { ReadyFallback } from './ReadyFallback.tsx';

export function ReadyPage({ config, videoId }: { config: HostConfig; videoId: string }) {
  const common = useCommonRemoteProps(config.apiBaseUrl);
  const remote = useRemoteModule<VideoReadyDashboardProps>(
    config.remoteManifestUrl,
    'VideoReadyDashboard',
    config.remoteTimeoutMs,
  );
  const fallback = <ReadyFallback apiBaseUrl={config.apiBaseUrl} videoId={videoId} />;

  if (!remote) return <p aria-busy="true">Loading your prompt…</p>;
  if (!remote.ok) {
    console.warn(`Ready dashboard unavailable (${remote.reason}): ${remote.detail}`);
    return <div data-fallback-reason={remote.reason}>{fallback}</div>;
  }
  const { Component } = remote;
  return (
    <RemoteBoundary fallback={() => fallback}>
      <Component videoId={videoId} {...common} />
    </RemoteBoundary>
  );
}
