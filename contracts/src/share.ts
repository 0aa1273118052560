import { z } from 'zod';
import { ObjectIdString } from './ids.ts';
import { Platform, VideoSpecs } from './video.ts';

/** How long a share link stays valid: 1, 7 or 30 days, or `null` for never. */
export const ShareExpiryDays = z.literal([1, 7, 30]).nullable();
export type ShareExpiryDays = z.infer<typeof ShareExpiryDays>;

/**
 * `POST /api/videos/:id/share`. A video has one active link: asking again returns it
 * unchanged unless `rotate` is true, which revokes it and makes a new one with these settings.
 */
export const CreateShareBody = z.strictObject({
  /** "Prompt + specs + hashtags" (true, the default) or "prompt only" (false). */
  includeSpecs: z.boolean().default(true),
  expiresInDays: ShareExpiryDays.default(null),
  rotate: z.boolean().default(false),
});
export type CreateShareBody = z.input<typeof CreateShareBody>;

/** What the owner sees of a link they can copy. */
export const ShareResult = z.object({
  id: z.string(),
  videoId: ObjectIdString,
  url: z.url(),
  token: z.string(),
  includeSpecs: z.boolean(),
  expiresAt: z.iso.datetime().nullable(),
  views: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  /** False when an existing active link was returned instead of a new one. */
  created: z.boolean(),
});
export type ShareResult = z.infer<typeof ShareResult>;

export const ShareStatus = z.enum(['active', 'revoked', 'expired']);
export type ShareStatus = z.infer<typeof ShareStatus>;

/** One of my links in `GET /api/user/shares`; `url` only while it is active. */
export const ShareSummary = z.object({
  id: z.string(),
  videoId: ObjectIdString,
  /** `null` when the video no longer exists. */
  videoTitle: z.string().nullable(),
  status: ShareStatus,
  url: z.url().nullable(),
  includeSpecs: z.boolean(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  views: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
});
export type ShareSummary = z.infer<typeof ShareSummary>;

export const ShareList = z.object({ shares: z.array(ShareSummary) });
export type ShareList = z.infer<typeof ShareList>;

export const ShareTokenParams = z.object({ token: z.string().max(200) });
export type ShareTokenParams = z.infer<typeof ShareTokenParams>;

/**
 * The public, read-only view of a shared prompt (`GET /api/share/:token`). Strict on purpose:
 * it never carries the owner's id or identity, keys, costs or generation data, and
 * `specs`/`hashtags` only when the owner chose "prompt + specs + hashtags".
 */
export const PublicShare = z.strictObject({
  title: z.string(),
  platform: Platform,
  optimizedPrompt: z.string(),
  specs: VideoSpecs.optional(),
  hashtags: z.array(z.string()).optional(),
  sharedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
});
export type PublicShare = z.infer<typeof PublicShare>;

/** Every key a public view may have; tests hold the API to exactly this list. */
export const publicShareKeys = Object.keys(PublicShare.shape) as Array<keyof PublicShare>;
