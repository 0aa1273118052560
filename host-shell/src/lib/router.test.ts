import { describe, expect, it } from 'vitest';
import { matchRoute, pathFor } from './router.ts';

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/dashboard/videos/abc/roundtable', { name: 'roundtable', videoId: 'abc' }],
    ['/dashboard/videos/abc/ready', { name: 'ready', videoId: 'abc' }],
    ['/dashboard/videos/abc/ready/', { name: 'ready', videoId: 'abc' }],
    ['/dashboard/videos/abc', { name: 'video', videoId: 'abc' }],
    ['/dashboard/videos/abc?generation=g1', { name: 'video', videoId: 'abc', generationId: 'g1' }],
    ['/settings/api-keys', { name: 'settings.apiKeys' }],
    ['/settings/api-keys?from=abc', { name: 'settings.apiKeys', fromVideoId: 'abc' }],
    ['/upgrade', { name: 'upgrade' }],
    ['/new', { name: 'newVideo' }],
    ['/dashboard/videos/abc/elsewhere', { name: 'notFound' }],
    ['/nope', { name: 'notFound' }],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });
});

describe('pathFor', () => {
  it('maps every navigation target of the federated contract to a route of this host', () => {
    const targets = [
      { name: 'roundtable', videoId: 'v 1' },
      { name: 'video', videoId: 'v1' },
      { name: 'video', videoId: 'v1', generationId: 'g 1' },
      { name: 'newVideo' },
      { name: 'settings.apiKeys' },
      { name: 'settings.apiKeys', videoId: 'v 1' },
      { name: 'upgrade' },
    ] as const;
    const paths = targets.map((target) => pathFor(target));
    expect(paths).toEqual([
      '/dashboard/videos/v%201/roundtable',
      '/dashboard/videos/v1',
      '/dashboard/videos/v1?generation=g%201',
      '/new',
      '/settings/api-keys',
      '/settings/api-keys?from=v%201',
      '/upgrade',
    ]);
    expect(paths.map((path) => matchRoute(path).name)).toEqual([
      'roundtable',
      'video',
      'video',
      'newVideo',
      'settings.apiKeys',
      'settings.apiKeys',
      'upgrade',
    ]);
  });
});
