import { z } from 'zod';

/** Generations a user may start on their own key per hour (DESIGN.md "HTTP API"). */
export const BYOK_GENERATIONS_PER_HOUR = 20;
/** Key checks a user may ask for per minute. */
export const KEY_CHECKS_PER_MINUTE = 5;
/** Keys a user may add per minute. */
export const KEY_ADDS_PER_MINUTE = 20;
/** Share links a free user may create per UTC day (premium has no limit). */
export const FREE_SHARE_LINKS_PER_DAY = 10;

/** Which limit a 429 is about. `requests` is the generic per-route flood guard. */
export const LimitName = z.enum([
  'byok_generations',
  'key_checks',
  'key_adds',
  'free_share_links',
  'requests',
]);
export type LimitName = z.infer<typeof LimitName>;

/** `details` of every 429 `rate_limited` the service answers (with a `Retry-After` header). */
export const RateLimitDetails = z.object({
  which: LimitName,
  /** How many the limit allows per window. */
  limit: z.number().int().positive(),
  retryAfterSec: z.number().int().positive(),
  /** When the window ends, for limits on a calendar day. */
  resetsAt: z.iso.datetime().optional(),
});
export type RateLimitDetails = z.infer<typeof RateLimitDetails>;

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
