// The generated video of one prompt: the generation's live status, then its player. Without a
// generation in the URL it shows the video's latest finished generation, if any.
import type { Generation, Video } from '@scenra/contracts';
import { useState } from 'react';
import { useApi } from '../lib/useApi.ts';
import { useGenerationVideo } from '../lib/useGenerationVideo.ts';
import { Link } from './Link.tsx';
import { LoadError } from './LoadError.tsx';
import { useLoadedPageTitle } from '../lib/pageTitle.ts';

export function VideoPage({
  apiBaseUrl,
  videoId,
  generationId,
}: {
  apiBaseUrl: string;
  videoId: string;
  generationId?: string;
}) {
  const [video, retry] = useApi<Video>(apiBaseUrl, `/api/videos/${encodeURIComponent(videoId)}`);
  useLoadedPageTitle(video, (data) => `Video: ${data.title}`, 'Video not available');
  const back = (
    <Link to={`/dashboard/videos/${encodeURIComponent(videoId)}/ready`}>← Back to your prompt</Link>
  );
  if (video.state === 'loading') return <p aria-busy="true">Loading your video…</p>;
  if (video.state === 'error')
    return (
      <LoadError
        message={`Your video could not load: ${video.message}`}
        status={video.status}
        onRetry={retry}
      />
    );
  return (
    <>
      <h1>{video.data.title}</h1>
      {generationId ? (
        <GenerationPlayer apiBaseUrl={apiBaseUrl} generationId={generationId} />
      ) : (
        <LatestGeneration apiBaseUrl={apiBaseUrl} videoId={videoId} />
      )}
      <p>{back}</p>
    </>
  );
}

function LatestGeneration({ apiBaseUrl, videoId }: { apiBaseUrl: string; videoId: string }) {
  const [list, retry] = useApi<{ generations: Generation[] }>(
    apiBaseUrl,
    `/api/generations?videoId=${encodeURIComponent(videoId)}`,
  );
  if (list.state === 'loading') return <p aria-busy="true">Looking for your generated video…</p>;
  if (list.state === 'error')
    return (
      <LoadError message={`Your generations could not load: ${list.message}`} onRetry={retry} />
    );
  const latest =
    list.data.generations.find((g) => g.status === 'completed') ?? list.data.generations[0];
  if (!latest) return <p className="hs-muted">No generated video yet for this prompt.</p>;
  return <GenerationPlayer apiBaseUrl={apiBaseUrl} generationId={latest.id} />;
}

function GenerationPlayer({
  apiBaseUrl,
  generationId,
}: {
  apiBaseUrl: string;
  generationId: string;
}) {
  const video = useGenerationVideo(apiBaseUrl, generationId);
  // What the file really is: providers may render another length than the one asked for.
  const [duration, setDuration] = useState<number>();
  if (video.state === 'loading') return <p aria-busy="true">Checking your video…</p>;
  if (video.state === 'failed') {
    return (
      <p role="alert" className="hs-alert" data-testid="generation-failed">
        {video.message}
      </p>
    );
  }
  if (video.state === 'running') {
    const progress = Math.round(video.generation.progress);
    return (
      <div role="status" data-testid="generation-status">
        <p>Generating… {progress}%</p>
        <progress max={100} value={progress} aria-label="Generation progress" />
      </div>
    );
  }
  const { generation } = video;
  return (
    <section aria-label="Your generated video" data-testid="generation-player">
      <video
        controls
        playsInline
        src={video.src}
        style={{ maxWidth: '100%', maxHeight: '70vh', background: '#000' }}
        data-testid="generated-video"
        onLoadedMetadata={(event) => setDuration(event.currentTarget.duration)}
      />
      <p className="hs-muted" data-testid="generation-facts">
        {duration !== undefined && Number.isFinite(duration)
          ? `${formatSeconds(duration)} s`
          : 'Reading the clip…'}{' '}
        · {generation.size} · {generation.providerId} ·{' '}
        {generation.billing === 'credits' ? `${generation.creditsCharged} credits` : 'your own key'}
      </p>
    </section>
  );
}

/** A clip length as people read it: "4", "4.5" (one decimal at most). */
function formatSeconds(seconds: number): string {
  return String(Math.round(seconds * 10) / 10);
}
