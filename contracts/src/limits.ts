import { z } from 'zod';
import { LIMIT_NAMES } from './limit-wording.ts';

/** Which limit a 429 is about. `requests` is the generic per-route flood guard. */
export const LimitName = z.enum(LIMIT_NAMES);
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
