import { z } from 'zod';

/** A model a video provider offers, with what it accepts and what it costs. */
export const ProviderModel = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Clip lengths the model accepts, in seconds. */
  seconds: z.array(z.number().int().positive()).min(1),
  /** Output sizes the model accepts, `WIDTHxHEIGHT`. */
  sizes: z.array(z.string().regex(/^\d+x\d+$/)).min(1),
  /** What the provider charges a BYOK user, in US dollars per second of video. */
  usdPerSecond: z.number().nonnegative(),
  /** What a generation on Scenra credits costs, in credits per second of video. */
  creditsPerSecond: z.number().nonnegative(),
  status: z.enum(['active', 'retired']).default('active'),
});
export type ProviderModel = z.infer<typeof ProviderModel>;

/**
 * One entry of the operator's provider registry (DESIGN.md "Video providers"). Every provider
 * speaks the OpenAI-compatible videos protocol at `baseURL`.
 */
export const ProviderConfig = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'a lowercase slug'),
  label: z.string().min(1),
  protocol: z.literal('openai-videos'),
  baseURL: z.url(),
  status: z.enum(['active', 'retired']),
  /** Shown when `status` is "retired": why, and what to do instead. */
  statusNote: z.string().optional(),
  /** The prefix this provider's keys usually have (e.g. "sk-"); a mismatch is only a warning. */
  keyPrefix: z.string().optional(),
  /** True for the built-in sandbox (development and tests only): no real video. */
  sandbox: z.boolean().default(false),
  /**
   * Other origins the provider may redirect a finished video's download to (e.g. its storage
   * bucket, "https://files.acme.example"). Redirects anywhere else are refused.
   */
  downloadOrigins: z.array(z.url()).max(10).optional(),
  models: z.array(ProviderModel),
});
export type ProviderConfig = z.infer<typeof ProviderConfig>;

/** What clients see of a provider: no base URL or operator detail. */
export const ProviderSummary = ProviderConfig.omit({
  baseURL: true,
  protocol: true,
  downloadOrigins: true,
});
export type ProviderSummary = z.infer<typeof ProviderSummary>;

export const ProviderList = z.object({ providers: z.array(ProviderSummary) });
export type ProviderList = z.infer<typeof ProviderList>;
