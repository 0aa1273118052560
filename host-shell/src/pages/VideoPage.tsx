// The generated video of one prompt: its player once a generation has completed.
import type { Video } from '@scenra/contracts';
import { useApi } from '../lib/useApi.ts';
import { Link } from './Link.tsx';
import { LoadError } from './LoadError.tsx';

export function VideoPage({ apiBaseUrl, videoId }: { apiBaseUrl: string; videoId: string }) {
  const [video, retry] = useApi<Video>(apiBaseUrl, `/api/videos/${encodeURIComponent(videoId)}`);
  if (video.state === 'loading') return <p aria-busy="true">Loading your video…</p>;
  if (video.state === 'error') return <LoadError message={`Your video could not load: ${video.message}`} onRetry={retry} />;
  return (
    <>
      <h1>{video.data.title}</h1>
      <p className="hs-muted">No generated video yet for this prompt.</p>
      <Link to={`/dashboard/videos/${encodeURIComponent(videoId)}/ready`}>← Back to your prompt</Link>
    </>
  );
}
