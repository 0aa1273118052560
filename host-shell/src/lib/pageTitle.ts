// The host owns `document.title` and where focus lands when the page changes. Each page says
// when it is drawn, with its title: the host's own pages at once, the remote's pages through
// `onReady` of the props contract once their content is there. After an in-app navigation,
// focus moves to the new page's heading, so keyboard and screen-reader users start at the top
// of what changed instead of on <body>.
import { useEffect } from 'react';
import type { Loaded } from './useApi.ts';

const siteName = 'Scenra';
let focusPending = false;

/** Called by the router on every in-app navigation (not on the first load). */
export function expectNewPage(): void {
  focusPending = true;
}

/** The title as the browser tab shows it, e.g. "API keys · Scenra". */
export const documentTitle = (title: string) => (title ? `${title} · ${siteName}` : siteName);

/** The page titled `title` is drawn: name the tab, and take focus to its heading if it is new. */
export function pageReady(title: string): void {
  document.title = documentTitle(title);
  if (!focusPending) return;
  focusPending = false;
  const heading = pageHeading();
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/**
 * The page's `<h1>`, or `<main>` when it has none. A remote page draws inside an open shadow root
 * (its styles are isolated from the host's), so the heading is looked for there too.
 */
function pageHeading(): HTMLElement | null {
  const main = document.querySelector<HTMLElement>('main');
  if (!main) return null;
  const own = main.querySelector<HTMLElement>('h1');
  if (own) return own;
  for (const element of main.querySelectorAll('*')) {
    const remote = element.shadowRoot?.querySelector<HTMLElement>('h1');
    if (remote) return remote;
  }
  return main;
}

/** For the host's own pages: announces the page once drawn, and again when its title changes. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title !== undefined) pageReady(title);
  }, [title]);
}

/** For a page drawn from one loaded resource: its title once loaded, `failed` if it could not load. */
export function useLoadedPageTitle<T>(
  resource: Loaded<T>,
  title: (data: T) => string,
  failed: string,
): void {
  usePageTitle(
    resource.state === 'ready'
      ? title(resource.data)
      : resource.state === 'error'
        ? failed
        : undefined,
  );
}
