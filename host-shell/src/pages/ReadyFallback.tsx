// The host's own "Your prompt is ready" page, shown when the remote cannot load: the user can
// always copy their prompt.
import type { Video } from '@scenra/contracts';
import { useRef, useState } from 'react';
import { useApi } from '../lib/useApi.ts';
import { Link } from './Link.tsx';
import { LoadError } from './LoadError.tsx';
import { useLoadedPageTitle } from '../lib/pageTitle.ts';

export function ReadyFallback({ apiBaseUrl, videoId }: { apiBaseUrl: string; videoId: string }) {
  const [video, retry] = useApi<Video>(apiBaseUrl, `/api/videos/${encodeURIComponent(videoId)}`);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const promptRef = useRef<HTMLPreElement>(null);
  useLoadedPageTitle(video, (data) => `Ready: ${data.title}`, 'Prompt not available');

  if (video.state === 'loading') return <p aria-busy="true">Loading your prompt…</p>;
  if (video.state === 'error')
    return (
      <LoadError
        message={`Your prompt could not load: ${video.message}`}
        status={video.status}
        onRetry={retry}
      />
    );
  if (!video.data.roundtable.synthesisComplete)
    return (
      <section data-testid="ready-fallback" aria-labelledby="fallback-title">
        <h1 id="fallback-title">Your prompt is not ready yet</h1>
        <p>The roundtable is still synthesizing “{video.data.title}”.</p>
        <Link
          className="hs-button"
          to={`/dashboard/videos/${encodeURIComponent(videoId)}/roundtable`}
        >
          ← Back to the roundtable
        </Link>
      </section>
    );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(video.data.optimizedPrompt);
      setCopyState('copied');
    } catch {
      // Clipboard missing or denied: select the text so Ctrl/Cmd+C works.
      const selection = window.getSelection();
      if (promptRef.current && selection) selection.selectAllChildren(promptRef.current);
      setCopyState('manual');
    }
  };

  return (
    <section data-testid="ready-fallback" aria-labelledby="fallback-title">
      <h1 id="fallback-title">Your prompt is ready</h1>
      <p className="hs-muted">{video.data.title}</p>
      <pre className="hs-prompt" ref={promptRef} data-testid="fallback-prompt">
        {video.data.optimizedPrompt}
      </pre>
      <button type="button" className="hs-button" onClick={() => void copy()}>
        {copyState === 'copied' ? 'Copied ✓' : 'Copy prompt'}
      </button>
      <p role="status">
        {copyState === 'copied' && 'Prompt copied to clipboard!'}
        {copyState === 'manual' &&
          'Copying is blocked here: the prompt is selected, press Ctrl+C (⌘C on Mac) to copy it.'}
      </p>
      <p className="hs-muted">Other actions are briefly unavailable. Your prompt is saved.</p>
      <Link to={`/dashboard/videos/${encodeURIComponent(videoId)}/roundtable`}>
        ← Back to Discussion
      </Link>
    </section>
  );
}
