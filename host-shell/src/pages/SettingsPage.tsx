// API-keys settings, provided by the remote; the host only explains when it cannot load.
import type { ApiKeysSettingsProps } from '@scenra/contracts';
import type { HostConfig } from '../lib/config.ts';
import { useCommonRemoteProps } from '../lib/remoteProps.ts';
import { useRemoteModule } from '../federation/useRemoteModule.ts';
import { RemoteBoundary } from '../federation/RemoteBoundary.tsx';
import { Link } from './Link.tsx';
import { usePageTitle } from '../lib/pageTitle.ts';

export function SettingsPage({
  config,
  fromVideoId,
}: {
  config: HostConfig;
  fromVideoId?: string | undefined;
}) {
  const common = useCommonRemoteProps(config.apiBaseUrl);
  const remote = useRemoteModule<ApiKeysSettingsProps>(
    config.remoteManifestUrl,
    'ApiKeysSettings',
    config.remoteTimeoutMs,
  );
  // The remote names its page through onReady; the host names its own fallback.
  usePageTitle(remote && !remote.ok ? 'API keys' : undefined);
  const unavailable = (
    <div role="alert" className="hs-alert" data-testid="settings-fallback">
      <h1>API keys</h1>
      <p>Key settings are briefly unavailable. Your keys are safe; please reload in a minute.</p>
      <button type="button" className="hs-button" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
  if (!remote) return <p aria-busy="true">Loading settings…</p>;
  if (!remote.ok) return unavailable;
  const { Component } = remote;
  return (
    <>
      {fromVideoId && (
        <p data-testid="back-to-video">
          <Link to={`/dashboard/videos/${encodeURIComponent(fromVideoId)}/ready`}>
            ← Back to your video
          </Link>
        </p>
      )}
      <RemoteBoundary fallback={() => unavailable}>
        <Component {...common} />
      </RemoteBoundary>
    </>
  );
}
