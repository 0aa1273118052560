// Home: sign in as one of the seeded demo personas, then pick one of their videos.
import type { Persona } from '@scenra/contracts';
import { useState } from 'react';
import { signIn, signOut, useSession } from '../lib/session.ts';
import { useApi } from '../lib/useApi.ts';
import { Link } from './Link.tsx';
import { LoadError } from './LoadError.tsx';
import { usePageTitle } from '../lib/pageTitle.ts';

const personas: Array<{ persona: Persona; title: string; blurb: string }> = [
  {
    persona: 'free',
    title: 'Free, no key',
    blurb: 'Copies prompts; Generate offers an upgrade or your own key.',
  },
  {
    persona: 'byok',
    title: 'Free with own key',
    blurb: 'Generates with a provider key of their own.',
  },
  {
    persona: 'premium',
    title: 'Premium',
    blurb: 'Generates with Scenra credits or their own key.',
  },
];

interface VideoListItem {
  id: string;
  title: string;
  platform: string;
  createdAt: string;
  synthesisComplete: boolean;
}

export function SignInPage({ apiBaseUrl }: { apiBaseUrl: string }) {
  const session = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<Persona>();
  usePageTitle(session ? 'Your videos' : 'Sign in');

  const choose = async (persona: Persona) => {
    setBusy(persona);
    setError(undefined);
    try {
      await signIn(apiBaseUrl, persona);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(undefined);
    }
  };

  if (session) {
    return (
      <>
        <h1>Welcome back, {session.user.displayName}</h1>
        <p className="hs-muted">
          Signed in as {session.user.email} ({session.user.tier}).{' '}
          <button type="button" className="hs-button secondary" onClick={signOut}>
            Switch persona
          </button>
        </p>
        <VideoList apiBaseUrl={apiBaseUrl} />
      </>
    );
  }
  return (
    <>
      <h1>Sign in to Scenra (demo)</h1>
      <p className="hs-muted">Choose a demo persona to try the final step of a video prompt.</p>
      {error && (
        <p role="alert" className="hs-alert">
          {error}
        </p>
      )}
      <div className="hs-personas">
        {personas.map(({ persona, title, blurb }) => (
          <section key={persona} className="hs-card">
            <h2>{title}</h2>
            <p>{blurb}</p>
            <button
              type="button"
              className="hs-button"
              data-persona={persona}
              disabled={busy !== undefined}
              onClick={() => void choose(persona)}
            >
              {busy === persona ? 'Signing in…' : `Sign in as ${title}`}
            </button>
          </section>
        ))}
      </div>
    </>
  );
}

function VideoList({ apiBaseUrl }: { apiBaseUrl: string }) {
  const [videos, retry] = useApi<{ videos: VideoListItem[] }>(apiBaseUrl, '/api/videos');
  if (videos.state === 'loading') return <p aria-busy="true">Loading your videos…</p>;
  if (videos.state === 'error')
    return <LoadError message={`Your videos could not load: ${videos.message}`} onRetry={retry} />;
  if (videos.data.videos.length === 0) return <p>No videos yet.</p>;
  return (
    <section aria-labelledby="videos-heading">
      <h2 id="videos-heading">Your videos</h2>
      <ul className="hs-messages" data-testid="video-list">
        {videos.data.videos.map((video) => (
          <li key={video.id} className="hs-card">
            <Link to={`/dashboard/videos/${encodeURIComponent(video.id)}/roundtable`}>
              {video.title}
            </Link>
            <span className="hs-muted">
              {' '}
              · {video.synthesisComplete ? 'prompt ready' : 'roundtable in progress'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
