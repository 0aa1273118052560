import { z } from 'zod';
import { ObjectIdString } from './ids.ts';
import { ProviderSummary } from './providers.ts';

/** Who pays for a generation: Scenra credits (premium) or the user's own provider key. */
export const Billing = z.enum(['credits', 'byok']);
export type Billing = z.infer<typeof Billing>;

export const GenerationStatus = z.enum(['queued', 'in_progress', 'completed', 'failed']);
export type GenerationStatus = z.infer<typeof GenerationStatus>;

/** Body of `POST /api/videos/:id/generations`; the `Idempotency-Key` header comes with it. */
export const StartGenerationBody = z
  .object({
    billing: Billing,
    /** The user's stored key to use; required when `billing` is "byok". */
    keyId: ObjectIdString.optional(),
    providerId: z.string().min(1).max(60),
    model: z.string().min(1).max(120),
    seconds: z.number().int().positive().max(600),
    size: z.string().regex(/^\d{2,5}x\d{2,5}$/, 'must be WIDTHxHEIGHT, like 720x1280'),
  })
  .superRefine((body, ctx) => {
    if (body.billing === 'byok' && !body.keyId) {
      ctx.addIssue({
        code: 'custom',
        path: ['keyId'],
        message: 'is required when billing is "byok"',
      });
    }
  });
export type StartGenerationBody = z.infer<typeof StartGenerationBody>;

/**
 * The `Idempotency-Key` header: one per user intent (a click), reused on retries and double
 * clicks so they start one job and debit once.
 */
export const IdempotencyKey = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(200, 'must be at most 200 characters')
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

export const StartGenerationHeaders = z.object({ 'idempotency-key': IdempotencyKey });

export const CostEstimate = z.object({
  /** What the provider would charge a BYOK user, in US dollars. */
  usd: z.number().nonnegative(),
  /** What the generation costs in Scenra credits. */
  credits: z.number().int().nonnegative(),
});
export type CostEstimate = z.infer<typeof CostEstimate>;

export const GenerationError = z.object({ code: z.string(), message: z.string() });
export type GenerationError = z.infer<typeof GenerationError>;

/** A generation as the API reports it (`GET /api/generations/:id`). */
export const Generation = z.object({
  id: z.string(),
  videoId: z.string(),
  providerId: z.string(),
  model: z.string(),
  seconds: z.number().int(),
  size: z.string(),
  billing: Billing,
  keyId: z.string().optional(),
  status: GenerationStatus,
  /** 0–100. */
  progress: z.number().min(0).max(100),
  estimate: CostEstimate,
  /** Credits taken from the balance (0 for BYOK); refunded when the generation fails. */
  creditsCharged: z.number().int().nonnegative(),
  refunded: z.boolean(),
  error: GenerationError.optional(),
  /** Where the finished video streams from (owner only, supports HTTP Range). */
  contentUrl: z.string().optional(),
  contentType: z.string().optional(),
  contentBytes: z.number().int().nonnegative().optional(),
  createdAt: z.iso.datetime(),
  completedAt: z.iso.datetime().optional(),
});
export type Generation = z.infer<typeof Generation>;

/** `GET /api/generations`: my most recent generations, newest first. */
export const GenerationList = z.object({ generations: z.array(Generation) });
export type GenerationList = z.infer<typeof GenerationList>;
/** Query of `GET /api/generations`: optionally only one video's. */
export const GenerationListQuery = z.object({ videoId: ObjectIdString.optional() });

/** Why a generation needs an upgrade first (402 `upgrade_required`, `details.reason`). */
export type UpgradeReason = 'credits_need_premium' | 'no_valid_key';

/** What a user can do instead (`details.options` of an `upgrade_required` answer). */
export const UPGRADE_OPTIONS = ['upgrade', 'add_key', 'copy_prompt'] as const;

/** The sentence of an `upgrade_required` answer, per reason. */
export const upgradeRequiredMessages: Record<UpgradeReason, string> = {
  credits_need_premium:
    'Generating with Scenra credits comes with Premium. Upgrade, add your own provider API key, or copy the prompt and use it in another tool.',
  no_valid_key:
    'To generate this video, upgrade to Premium or add a valid API key of your own. You can also copy the prompt and use it in another tool.',
};

/** A provider as `GET /api/providers` lists it: its models, limits and prices. */
export const ProviderOffer = ProviderSummary.extend({
  /** True when Scenra credits can pay for this provider (the operator has a key for it). */
  creditsAvailable: z.boolean(),
});
export type ProviderOffer = z.infer<typeof ProviderOffer>;

export const ProviderCatalog = z.object({ providers: z.array(ProviderOffer) });
export type ProviderCatalog = z.infer<typeof ProviderCatalog>;

/** One row of my credits history. */
export const CreditEntry = z.object({
  seq: z.number().int().positive(),
  /** `grant:…`, `debit:<generationId>` or `refund:<generationId>`. */
  opKey: z.string(),
  delta: z.number().int(),
  balanceAfter: z.number().int().nonnegative(),
  at: z.iso.datetime(),
});
export type CreditEntry = z.infer<typeof CreditEntry>;

export const CreditSummary = z.object({
  balance: z.number().int().nonnegative(),
  entries: z.array(CreditEntry),
});
export type CreditSummary = z.infer<typeof CreditSummary>;

/** Body of `POST /api/credits/grants`, sent by the host product's billing with the service token. */
export const CreditGrantBody = z.object({
  userId: z.string().min(1).max(128),
  credits: z.number().int().positive().max(1_000_000),
  /** The billing system's own id of this purchase: the same reference grants only once. */
  reference: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits, ".", "_", ":" or "-"'),
});
export type CreditGrantBody = z.infer<typeof CreditGrantBody>;

export const CreditGrantResult = z.object({
  userId: z.string(),
  /** False when this reference had already been granted (nothing added twice). */
  granted: z.boolean(),
  balance: z.number().int().nonnegative(),
});
export type CreditGrantResult = z.infer<typeof CreditGrantResult>;
