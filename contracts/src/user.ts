import { z } from 'zod';

export const Tier = z.enum(['free', 'premium']);
export type Tier = z.infer<typeof Tier>;

/** The seeded demo users a developer can sign in as (DEV_AUTH only). */
export const Persona = z.enum(['free', 'byok', 'premium']);
export type Persona = z.infer<typeof Persona>;

export const UserSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  tier: Tier,
});
export type UserSummary = z.infer<typeof UserSummary>;

export const DevSessionBody = z.object({ persona: Persona });
export type DevSessionBody = z.infer<typeof DevSessionBody>;

export const DevSessionResult = z.object({ token: z.string(), user: UserSummary });
export type DevSessionResult = z.infer<typeof DevSessionResult>;
