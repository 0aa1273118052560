// The limits a user can reach and how they read in sentences. Free of zod, so the ready page
// can say them on first paint without loading the schemas (limits.ts holds the wire shape).

/** Generations a user may start on their own key per hour (DESIGN.md "HTTP API"). */
export const BYOK_GENERATIONS_PER_HOUR = 20;
/** Key checks a user may ask for per minute. */
export const KEY_CHECKS_PER_MINUTE = 5;
/** Keys a user may add per minute. */
export const KEY_ADDS_PER_MINUTE = 20;
/** Share links a free user may create per UTC day (premium has no limit). */
export const FREE_SHARE_LINKS_PER_DAY = 10;

/** Every limit a 429 can name. `requests` is the generic per-route flood guard. */
export const LIMIT_NAMES = [
  'byok_generations',
  'key_checks',
  'key_adds',
  'free_share_links',
  'requests',
] as const;
/** The same union as the `LimitName` schema of limits.ts, without zod. */
type LimitName = (typeof LIMIT_NAMES)[number];

/**
 * What the browser needs of a 429's `details` (which limit, how long), checked without zod: the
 * ready page reads it on first paint, where full zod would double the page's JavaScript.
 */
export function readRateLimitDetails(
  details: unknown,
): { which: LimitName; retryAfterSec: number } | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const { which, retryAfterSec } = details as Record<string, unknown>;
  const known = (LIMIT_NAMES as readonly unknown[]).includes(which);
  if (!known || typeof retryAfterSec !== 'number' || !(retryAfterSec > 0)) return undefined;
  return { which: which as LimitName, retryAfterSec };
}

/** Each limit as a person would say it. */
const limitSentences: Record<LimitName, string> = {
  byok_generations: `You can start ${BYOK_GENERATIONS_PER_HOUR} generations an hour with your own key`,
  key_checks: `Keys can be checked ${KEY_CHECKS_PER_MINUTE} times a minute`,
  key_adds: `You can add ${KEY_ADDS_PER_MINUTE} keys a minute`,
  free_share_links: `Free accounts can create ${FREE_SHARE_LINKS_PER_DAY} share links a day (Premium has no limit)`,
  requests: 'Too many requests in a short time',
};

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * A wait as a person says it: "40 seconds", "57 minutes", "3 hours 12 minutes". Never a raw
 * count of thousands of seconds; rounded up so the user never comes back too early.
 */
export function formatWait(seconds: number): string {
  const total = Math.max(1, Math.ceil(seconds));
  if (total < 60) return plural(total, 'second');
  const minutes = Math.ceil(total / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${plural(hours, 'hour')} ${plural(rest, 'minute')}` : plural(hours, 'hour');
}

/** The sentence of a 429: which limit, and how long until it can be tried again. */
export function limitReachedMessage(which: LimitName, retryAfterSec: number): string {
  return `${limitSentences[which]}. Try again in ${formatWait(retryAfterSec)}.`;
}
