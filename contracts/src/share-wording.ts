// How a share link's settings read in sentences. Kept apart from the share schemas and free of
// zod, so the ready page can say them on first paint without loading the schemas.
import type { ShareExpiryDays } from './share.ts';

/** What a link shows, in words: "prompt only" or "prompt, specs and hashtags". */
export const describeShareContent = (includeSpecs: boolean) =>
  includeSpecs ? 'prompt, specs and hashtags' : 'prompt only';

/** A link's expiry choice, in words: "never expires" or "expires 7 days after it is set". */
export const describeShareExpiry = (days: ShareExpiryDays) =>
  days === null ? 'never expires' : `expires ${days} day${days === 1 ? '' : 's'} after it is set`;

/** What the dashboard says before a new URL replaces the active one. */
export const SHARE_ROTATE_WARNING = 'People with the old link will lose access.';
