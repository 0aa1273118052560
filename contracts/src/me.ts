import { z } from 'zod';
import { ApiKeySummary } from './api-keys.ts';
import { ProviderOffer } from './generation.ts';
import { UserSummary } from './user.ts';

/**
 * `GET /api/me`: everything the ready dashboard needs to decide what "Generate" does
 * (DESIGN.md "Tiers and generation") in one call: who the user is, their tier, their credits
 * balance, their keys (masked) and the providers they can generate with.
 */
export const MeResult = z.object({
  user: UserSummary,
  credits: z.object({ balance: z.number().int().nonnegative() }),
  keys: z.array(ApiKeySummary),
  providers: z.array(ProviderOffer),
});
export type MeResult = z.infer<typeof MeResult>;
