// Step 2: the agents' discussion, and the way to the final step once they have synthesized.
import type { Video } from '@scenra/contracts';
import { useEffect } from 'react';
import { preloadRemoteModule } from '../federation/preload.ts';
import { useApi } from '../lib/useApi.ts';
import { Link } from './Link.tsx';
import { LoadError } from './LoadError.tsx';
import { useLoadedPageTitle } from '../lib/pageTitle.ts';

export function RoundtablePage({
  apiBaseUrl,
  remoteManifestUrl,
  videoId,
}: {
  apiBaseUrl: string;
  remoteManifestUrl: string;
  videoId: string;
}) {
  const [video, retry] = useApi<Video>(apiBaseUrl, `/api/videos/${encodeURIComponent(videoId)}`);
  useLoadedPageTitle(video, (data) => `Roundtable: ${data.title}`, 'Discussion not available');
  const synthesized = video.state === 'ready' && video.data.roundtable.synthesisComplete;
  // The next step is one click away: fetch its code while the user reads.
  useEffect(() => {
    if (synthesized) void preloadRemoteModule(remoteManifestUrl, 'VideoReadyDashboard');
  }, [synthesized, remoteManifestUrl]);
  if (video.state === 'loading') return <p aria-busy="true">Loading the discussion…</p>;
  if (video.state === 'error')
    return (
      <LoadError
        message={`The discussion could not load: ${video.message}`}
        status={video.status}
        onRetry={retry}
      />
    );
  const { title, roundtable } = video.data;
  return (
    <>
      <p className="hs-muted">Step 2 of 3 · Roundtable</p>
      <h1>{title}</h1>
      <ol className="hs-messages" aria-label="Roundtable discussion">
        {roundtable.messages.map((message, index) => (
          <li key={index} className="hs-card">
            <strong>{message.agent}</strong> <span className="hs-muted">({message.role})</span>
            <p>{message.content}</p>
          </li>
        ))}
      </ol>
      {roundtable.synthesisComplete ? (
        <Link className="hs-button" to={`/dashboard/videos/${encodeURIComponent(videoId)}/ready`}>
          Continue to Final Step →
        </Link>
      ) : (
        <p className="hs-muted" role="status">
          The agents are still synthesizing your prompt.
        </p>
      )}
    </>
  );
}
