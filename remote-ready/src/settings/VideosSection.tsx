// The user's own videos, each deletable after a confirmation: deleting one also stops its share
// link and removes its generated files (the service does that), so the question says so.
import type { VideoList, VideoListItem } from '@scenra/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.ts';
import { useResource } from '../api/useResource.ts';
import { messageOf, when } from './format.ts';
import { LoadError } from '../ui/LoadError.tsx';

export function VideosSection({
  client,
  onNotice,
}: {
  client: ApiClient;
  onNotice(message: string): void;
}) {
  const videos = useResource(
    (signal) => client.json<VideoList>('/api/videos', { signal }),
    'videos',
  );
  const [confirming, setConfirming] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();

  const remove = async (video: VideoListItem) => {
    setBusy(video.id);
    setError(undefined);
    try {
      await client.json(`/api/videos/${encodeURIComponent(video.id)}`, { method: 'DELETE' });
      onNotice(`“${video.title}” was deleted, with its share link and generated videos.`);
      setConfirming(undefined);
      if (videos.state === 'ready')
        videos.replace({ videos: videos.data.videos.filter((v) => v.id !== video.id) });
    } catch (cause) {
      setError(`Could not delete “${video.title}”: ${messageOf(cause)}`);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="srs-section" aria-labelledby="srs-videos">
      <h2 id="srs-videos">Your videos</h2>
      {videos.state === 'loading' && <p aria-busy="true">Loading your videos…</p>}
      {videos.state === 'error' && (
        <LoadError
          what="We could not load your videos"
          message={videos.error.message}
          onRetry={videos.reload}
        />
      )}
      {error && (
        <p role="alert" className="srd-error srd-small">
          {error}
        </p>
      )}
      {videos.state === 'ready' &&
        (videos.data.videos.length === 0 ? (
          <p data-testid="no-videos">You have no saved videos.</p>
        ) : (
          <ul className="srs-list" data-testid="video-list">
            {videos.data.videos.map((video) => (
              <li key={video.id} className="srs-item" data-testid="video-item">
                <h3>{video.title}</h3>
                <p className="srd-small">Created {when(video.createdAt)}</p>
                {confirming === video.id ? (
                  <div className="srd-row" role="group" aria-label={`Delete “${video.title}”?`}>
                    <p className="srd-small">
                      Delete it for good? Its share link stops working and its generated videos are
                      removed.
                    </p>
                    <button
                      type="button"
                      className="srd-button srd-danger"
                      // The question just appeared: the answer is one key press away.
                      autoFocus
                      disabled={busy === video.id}
                      onClick={() => void remove(video)}
                    >
                      {busy === video.id ? 'Deleting…' : 'Delete for good'}
                    </button>
                    <button
                      type="button"
                      className="srd-button srd-secondary"
                      disabled={busy === video.id}
                      onClick={() => setConfirming(undefined)}
                    >
                      Keep it
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="srd-button srd-secondary"
                    onClick={() => setConfirming(video.id)}
                  >
                    Delete…
                    <span className="srd-visually-hidden"> “{video.title}”</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
