import { describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, REVALIDATE, SHORT_LIVED } from './cache-policy.ts';

describe('cacheControlFor', () => {
  it.each([
    ['/remote-ready/1.0.0-0123456789/remoteEntry.js', IMMUTABLE],
    ['/remote-ready/1.0.0-0123456789/657.77076a63.js', IMMUTABLE],
    ['/remote-ready/1.0.0-0123456789/657.77076a63.js.map', IMMUTABLE],
    ['/remote-ready/1.0.0-0123456789/mf-manifest.json', REVALIDATE],
    ['/remote-ready/releases.json', REVALIDATE],
    ['/channels/stable.json', REVALIDATE],
    ['/elements/1.2.3/scenra-elements.js', IMMUTABLE],
    ['/elements/1.2.3/custom-elements.json', IMMUTABLE],
    ['/elements/v1/scenra-elements.js', SHORT_LIVED],
    ['/elements/index.json', REVALIDATE],
    // Unversioned paths are never immutable, whatever their name looks like.
    ['/mf-manifest.json', REVALIDATE],
    ['/remoteEntry.js', REVALIDATE],
    ['/elements/scenra-elements.js', REVALIDATE],
    ['/remote-ready/latest/remoteEntry.js', REVALIDATE],
    ['/elements/next/scenra-elements.js', REVALIDATE],
  ])('%s → %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});
