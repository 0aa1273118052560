// The user's own videos, each deletable after a confirmation: deleting one also stops its share
// link and removes its generated files (the service does that), so the question says so.
import type { VideoList, VideoListItem } from '@scenra/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.ts';
import { useResource } from '../api/useResource.ts';
import { messageOf, when } from './format.ts';
import { LoadState } from './LoadState.tsx';
import { settingsStrings } from './strings.ts';

const strings = settingsStrings.videos;

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
      onNotice(strings.deleted(video.title));
      setConfirming(undefined);
      if (videos.state === 'ready')
        videos.replace({ videos: videos.data.videos.filter((v) => v.id !== video.id) });
    } catch (cause) {
      setError(strings.deleteFailed(video.title, messageOf(cause)));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="srs-section" aria-labelledby="srs-videos">
      <h2 id="srs-videos">{strings.heading}</h2>
      <LoadState resource={videos} loading={strings.loading} loadFailed={strings.loadFailed} />
      {error && (
        <p role="alert" className="srd-error srd-small">
          {error}
        </p>
      )}
      {videos.state === 'ready' &&
        (videos.data.videos.length === 0 ? (
          <p data-testid="no-videos">{strings.none}</p>
        ) : (
          <ul className="srs-list" data-testid="video-list">
            {videos.data.videos.map((video) => (
              <li key={video.id} className="srs-item" data-testid="video-item">
                <h3>{video.title}</h3>
                <p className="srd-small">{strings.created(when(video.createdAt))}</p>
                {confirming === video.id ? (
                  <div
                    className="srd-row"
                    role="group"
                    aria-label={strings.confirmLabel(video.title)}
                  >
                    <p className="srd-small">{strings.confirm}</p>
                    <button
                      type="button"
                      className="srd-button srd-danger"
                      // The question just appeared: the answer is one key press away.
                      autoFocus
                      disabled={busy === video.id}
                      onClick={() => void remove(video)}
                    >
                      {busy === video.id ? strings.deleting : strings.deleteForGood}
                    </button>
                    <button
                      type="button"
                      className="srd-button srd-secondary"
                      disabled={busy === video.id}
                      onClick={() => setConfirming(undefined)}
                    >
                      {strings.keep}
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="srd-button srd-secondary"
                    onClick={() => setConfirming(video.id)}
                  >
                    {strings.delete}
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
