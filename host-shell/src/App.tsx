// The host's shell: top bar, the page for the current path, and the dev event log.
import type { HostConfig } from './lib/config.ts';
import { matchRoute, usePathname } from './lib/router.ts';
import { useSession } from './lib/session.ts';
import { Link } from './pages/Link.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { RoundtablePage } from './pages/RoundtablePage.tsx';
import { ReadyPage } from './pages/ReadyPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { VideoPage } from './pages/VideoPage.tsx';
import { UpgradePage } from './pages/UpgradePage.tsx';
import { NewVideoPage } from './pages/NewVideoPage.tsx';
import { EventLog } from './pages/EventLog.tsx';
import { usePageTitle } from './lib/pageTitle.ts';

export function App({ config }: { config: HostConfig }) {
  const path = usePathname();
  const session = useSession();
  const route = matchRoute(path);
  return (
    <>
      <a className="hs-skip" href="#main">
        Skip to content
      </a>
      <header className="hs-bar">
        <Link className="hs-brand" to="/">
          Scenra
        </Link>
        {session && (
          <nav aria-label="Main">
            <Link to="/" current={route.name === 'home'}>
              Videos
            </Link>
            <Link to="/settings/api-keys" current={route.name === 'settings.apiKeys'}>
              API keys
            </Link>
            <Link to="/upgrade" current={route.name === 'upgrade'}>
              Plans
            </Link>
          </nav>
        )}
      </header>
      <main className="hs-main" id="main" tabIndex={-1}>
        {session || route.name === 'upgrade' ? (
          <Page config={config} route={route} />
        ) : (
          <SignInPage apiBaseUrl={config.apiBaseUrl} />
        )}
      </main>
      {config.showEventLog && <EventLog />}
    </>
  );
}

function Page({ config, route }: { config: HostConfig; route: ReturnType<typeof matchRoute> }) {
  switch (route.name) {
    case 'home':
      return <SignInPage apiBaseUrl={config.apiBaseUrl} />;
    case 'roundtable':
      return (
        <RoundtablePage
          apiBaseUrl={config.apiBaseUrl}
          remoteManifestUrl={config.remoteManifestUrl}
          videoId={route.videoId}
        />
      );
    case 'ready':
      return <ReadyPage key={route.videoId} config={config} videoId={route.videoId} />;
    case 'video':
      return (
        <VideoPage
          key={`${route.videoId}:${route.generationId ?? ''}`}
          apiBaseUrl={config.apiBaseUrl}
          videoId={route.videoId}
          {...(route.generationId ? { generationId: route.generationId } : {})}
        />
      );
    case 'settings.apiKeys':
      return <SettingsPage config={config} fromVideoId={route.fromVideoId} />;
    case 'upgrade':
      return <UpgradePage />;
    case 'newVideo':
      return <NewVideoPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <Link to="/">Go to your videos</Link>
    </>
  );
}
