// The framework-neutral build of the remote's pages: React 19, ReactDOM, Lit and the pages in
// one ES module that shares nothing with its host, so a page on React 18, Vue, Angular or no
// framework at all can draw them. Loaded on demand by `remote_ready/mount` (./mount.ts).
import { createRoot } from 'react-dom/client';
import VideoReadyDashboard from '../dashboard/VideoReadyDashboard.tsx';
import ApiKeysSettings from '../settings/ApiKeysSettings.tsx';
import type { MountablePage, PageProps } from './pages.ts';

export function mountPage<K extends MountablePage>(
  page: K,
  element: Element,
  props: PageProps[K],
): () => void {
  const root = createRoot(element);
  root.render(
    page === 'settings' ? (
      <ApiKeysSettings {...(props as PageProps['settings'])} />
    ) : (
      <VideoReadyDashboard {...(props as PageProps['dashboard'])} />
    ),
  );
  return () => root.unmount();
}
