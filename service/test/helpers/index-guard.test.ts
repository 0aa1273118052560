import { describe, expect, it } from 'vitest';
import { build } from './build.ts';
import { describeUnserved, isServed, unservedQueries, type IndexKeys } from './index-guard.ts';

const byOwnerNewest: IndexKeys = [
  ['ownerId', 1],
  ['createdAt', -1],
];
const byVideoSlot: IndexKeys = [
  ['videoId', 1],
  ['activeSlot', 1],
];
const indexes = [byOwnerNewest, byVideoSlot];

describe('the index guard (notablescan, emulated)', () => {
  it.each([
    ['an _id lookup', { filter: { _id: 'a' } }],
    ['equality on an index’s first key', { filter: { ownerId: 'u' } }],
    ['a range on an index’s first key', { filter: { ownerId: { $in: ['u', 'v'] } } }],
    ['both keys of a compound index', { filter: { videoId: 'v', activeSlot: 'active' } }],
    ['a sort read in index order', { filter: { ownerId: 'u' }, sort: { createdAt: -1 } }],
    ['a sort read in reverse index order', { filter: { ownerId: 'u' }, sort: { createdAt: 1 } }],
    ['an $and of served parts', { filter: { $and: [{ ownerId: 'u' }, { title: 'x' }] } }],
    ['a walk of an index in the sort’s order', { filter: { v: { $ne: 1 } }, sort: { _id: 1 } }],
    ['a hint naming a declared index', { filter: { v: { $ne: 1 } }, hint: { _id: 1 } }],
    ['a probe for any row at all', { filter: {}, limit: 1 }],
  ])('lets %s through', (_, query) => {
    expect(isServed(query, indexes)).toBe(true);
  });

  it.each([
    ['an empty filter (every row)', { filter: {} }],
    ['an empty filter, sorted', { filter: {}, sort: { title: 1 }, limit: 1 }],
    ['a field no index starts with', { filter: { activeSlot: 'active' } }],
    ['a negation, which reads every row', { filter: { ownerId: { $ne: 'u' } } }],
    ['a sort made in memory', { filter: { videoId: 'v' }, sort: { createdAt: -1 } }],
    [
      'a sort on a key after an unpinned one',
      { filter: { ownerId: { $in: ['u'] } }, sort: { createdAt: -1 } },
    ],
    [
      'a filter that names fields but walks another index',
      { filter: { title: 'x' }, sort: { _id: 1 } },
    ],
    ['a hint naming an undeclared index', { filter: {}, hint: { title: 1 } }],
  ])('stops %s', (_, query) => {
    expect(isServed(query, indexes)).toBe(false);
  });

  it('reads the declared indexes of the app’s models and names the model and the query', async () => {
    const app = await build();
    const unserved = unservedQueries(app.db, 'find', {
      find: 'videos',
      filter: { title: 'Sunrise' },
      sort: new Map([['createdAt', -1]]),
    });
    expect(unserved.map(describeUnserved)).toEqual([
      'Video (videos): find {"title":"Sunrise"} sort {"createdAt":-1}',
    ]);
    expect(unservedQueries(app.db, 'find', { find: 'videos', filter: { ownerId: 'u' } })).toEqual(
      [],
    );
    expect(
      unservedQueries(app.db, 'update', {
        update: 'shares',
        updates: [{ q: { _id: 'a' } }, { q: { views: 0 } }],
      }).map(describeUnserved),
    ).toEqual(['Share (shares): update {"views":0}']);
  });
});
