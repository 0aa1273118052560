// The ready page's fallback, reported once as an analytics event with the reason it is shown,
// so the host's dashboards see how often users miss the remote and why.
import { analyticsEvent } from '@scenra/contracts';
import { useEffect } from 'react';
import { recordEvent } from '../lib/eventLog.ts';
import { ReadyFallback } from './ReadyFallback.tsx';

export function ReportedFallback({
  apiBaseUrl,
  videoId,
  reason,
  detail,
  attempts = 1,
}: {
  apiBaseUrl: string;
  videoId: string;
  /** `unavailable`, `timeout`, `incompatible`, `render_error` or the remote's `onError` code. */
  reason: string;
  detail: string;
  attempts?: number;
}) {
  useEffect(() => {
    console.warn(`Ready dashboard unavailable (${reason}): ${detail}`);
    recordEvent(
      analyticsEvent('remote_fallback_shown', videoId, {
        reason,
        module: 'VideoReadyDashboard',
        attempts,
      }),
    );
  }, [reason, detail, videoId, attempts]);
  return (
    <div data-fallback-reason={reason}>
      <ReadyFallback apiBaseUrl={apiBaseUrl} videoId={videoId} />
    </div>
  );
}
