// Step 3: mounts the federated Video Ready Dashboard, or the host's fallback when it cannot.
import type { RemoteError, VideoReadyDashboardProps } from '@scenra/contracts';
import { useCallback, useState } from 'react';
import type { HostConfig } from '../lib/config.ts';
import { useCommonRemoteProps } from '../lib/remoteProps.ts';
import { useRemoteModule } from '../federation/useRemoteModule.ts';
import { RemoteBoundary } from '../federation/RemoteBoundary.tsx';
import { ReportedFallback } from './ReportedFallback.tsx';

export function ReadyPage({ config, videoId }: { config: HostConfig; videoId: string }) {
  const common = useCommonRemoteProps(config.apiBaseUrl);
  const remote = useRemoteModule<VideoReadyDashboardProps>(
    config.remoteManifestUrl,
    'VideoReadyDashboard',
    config.remoteTimeoutMs,
  );
  // The remote reports what it cannot solve; a page that could not start is replaced by ours
  // (a section that failed to load shows its own Retry, so that one is only logged).
  const [startError, setStartError] = useState<RemoteError | undefined>();
  const onError = useCallback((error: RemoteError) => {
    if (error.code === 'load_failed') console.warn(`Ready dashboard: ${error.message}`);
    else setStartError(error);
  }, []);
  const fallback = (reason: string, detail: string, attempts?: number) => (
    <ReportedFallback
      apiBaseUrl={config.apiBaseUrl}
      videoId={videoId}
      reason={reason}
      detail={detail}
      {...(attempts ? { attempts } : {})}
    />
  );

  if (!remote) return <p aria-busy="true">Loading your prompt…</p>;
  if (!remote.ok) return fallback(remote.reason, remote.detail, remote.attempts);
  if (startError) return fallback(startError.code, startError.message);
  const { Component } = remote;
  return (
    <RemoteBoundary fallback={(error) => fallback('render_error', error.message)}>
      <Component videoId={videoId} {...common} onError={onError} />
    </RemoteBoundary>
  );
}
