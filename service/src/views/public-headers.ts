/**
 * Headers of every public share response. Revalidated on every request (`max-age=0,
 * must-revalidate`) so a revoked link stops working at once, while the ETag keeps a repeat
 * view to an empty 304. `public` lets shared caches hold the page, never serve it stale.
 */
export const publicShareHeaders = {
  'cache-control': 'public, max-age=0, must-revalidate',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
} as const;

/** Not-found answers are not cached at all: the same URL never becomes valid later. */
export const publicNotFoundHeaders = {
  ...publicShareHeaders,
  'cache-control': 'no-store',
} as const;
