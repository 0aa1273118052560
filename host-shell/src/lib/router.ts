// A minimal History-API router: the host has a handful of routes and needs no library.
import { useEffect, useState } from 'react';
import type { NavigationTarget } from '@scenra/contracts';
import { expectNewPage } from './pageTitle.ts';

const listeners = new Set<() => void>();

export function navigateTo(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.scrollTo(0, 0);
  expectNewPage();
  listeners.forEach((notify) => notify());
}

/** The current path and query string, e.g. `/dashboard/videos/v1?generation=g1`. */
export function usePathname(): string {
  const [path, setPath] = useState(location.pathname + location.search);
  useEffect(() => {
    const update = () => setPath(location.pathname + location.search);
    const onPopState = () => {
      expectNewPage();
      update();
    };
    listeners.add(update);
    window.addEventListener('popstate', onPopState);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
  return path;
}

export type Route =
  | { name: 'home' }
  | { name: 'roundtable'; videoId: string }
  | { name: 'ready'; videoId: string }
  | { name: 'video'; videoId: string; generationId?: string }
  | { name: 'settings.apiKeys'; fromVideoId?: string }
  | { name: 'upgrade' }
  | { name: 'newVideo' }
  | { name: 'notFound' };

const videoRoute = /^\/dashboard\/videos\/([^/]+)(?:\/(roundtable|ready))?\/?$/;

export function matchRoute(pathWithQuery: string): Route {
  const [path = '', query = ''] = pathWithQuery.split('?');
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/settings/api-keys') {
    const fromVideoId = new URLSearchParams(query).get('from');
    return fromVideoId ? { name: 'settings.apiKeys', fromVideoId } : { name: 'settings.apiKeys' };
  }
  if (path === '/upgrade') return { name: 'upgrade' };
  if (path === '/new') return { name: 'newVideo' };
  const video = videoRoute.exec(path);
  if (video?.[1]) {
    const videoId = decodeURIComponent(video[1]);
    if (video[2] === 'roundtable') return { name: 'roundtable', videoId };
    if (video[2] === 'ready') return { name: 'ready', videoId };
    const generationId = new URLSearchParams(query).get('generation');
    return generationId ? { name: 'video', videoId, generationId } : { name: 'video', videoId };
  }
  return { name: 'notFound' };
}

/** Where the remote's `navigate` targets live in this host. */
export function pathFor(target: NavigationTarget): string {
  const id = encodeURIComponent(target.videoId ?? '');
  switch (target.name) {
    case 'roundtable':
      return `/dashboard/videos/${id}/roundtable`;
    case 'video':
      return target.generationId
        ? `/dashboard/videos/${id}?generation=${encodeURIComponent(target.generationId)}`
        : `/dashboard/videos/${id}`;
    case 'settings.apiKeys':
      // Remember the video the user came from, so settings can lead back to it.
      return target.videoId ? `/settings/api-keys?from=${id}` : '/settings/api-keys';
    case 'upgrade':
      return '/upgrade';
    case 'newVideo':
      return '/new';
  }
}
