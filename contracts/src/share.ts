import { z } from 'zod';
import { ObjectIdString } from './ids.ts';
import { Platform, VideoSpecs } from './video.ts';
import { describeShareContent, describeShareExpiry } from './share-wording.ts';

/** How long a share link stays valid: 1, 7 or 30 days, or `null` for never. */
export const ShareExpiryDays = z.literal([1, 7, 30]).nullable();
export type ShareExpiryDays = z.infer<typeof ShareExpiryDays>;

/**
 * `POST /api/videos/:id/share`. A video has one active link. Asking again with the same
 * settings returns it; asking with other settings is refused (409 `share_settings_differ`,
 * naming each difference) rather than answered with a link that shows something else. Changing
 * the active link is explicit: `PATCH` keeps its URL, `rotate: true` makes a new URL and the
 * old one stops working.
 */
export const CreateShareBody = z.strictObject({
  /** "Prompt + specs + hashtags" (true, the default) or "prompt only" (false). */
  includeSpecs: z.boolean().default(true),
  expiresInDays: ShareExpiryDays.default(null),
  rotate: z.boolean().default(false),
});
export type CreateShareBody = z.input<typeof CreateShareBody>;

/**
 * `PATCH /api/videos/:id/share`: new settings for the active link, same URL. The new settings
 * apply from the link's next view; a new expiry counts from now.
 */
export const UpdateShareBody = z.strictObject({
  includeSpecs: z.boolean(),
  expiresInDays: ShareExpiryDays,
});
export type UpdateShareBody = z.infer<typeof UpdateShareBody>;

/** The video's active link as its owner sees it: the URL to copy, what it shows, its expiry. */
export const ShareLink = z.object({
  id: z.string(),
  videoId: ObjectIdString,
  url: z.url(),
  token: z.string(),
  includeSpecs: z.boolean(),
  /** The expiry the owner chose (`null`: never); `expiresAt` is the moment it ends. */
  expiresInDays: ShareExpiryDays,
  expiresAt: z.iso.datetime().nullable(),
  views: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
});
export type ShareLink = z.infer<typeof ShareLink>;

/** `POST /api/videos/:id/share`'s answer. */
export const ShareResult = ShareLink.extend({
  /** False when the existing active link (with these very settings) was returned. */
  created: z.boolean(),
});
export type ShareResult = z.infer<typeof ShareResult>;

/** `GET /api/videos/:id/share`: the active link, or `null` when the video has none. */
export const ActiveShare = z.object({ share: ShareLink.nullable() });
export type ActiveShare = z.infer<typeof ActiveShare>;

/** One setting on which the active link differs from a request. */
export const ShareDifference = z.discriminatedUnion('field', [
  z.object({ field: z.literal('includeSpecs'), active: z.boolean(), requested: z.boolean() }),
  z.object({
    field: z.literal('expiresInDays'),
    active: ShareExpiryDays,
    requested: ShareExpiryDays,
  }),
]);
export type ShareDifference = z.infer<typeof ShareDifference>;

/** `details` of the 409 `share_settings_differ`: the active link and how the request differs. */
export const ShareConflictDetails = z.object({
  share: ShareLink,
  differences: z.array(ShareDifference).min(1),
});
export type ShareConflictDetails = z.infer<typeof ShareConflictDetails>;

/** The sentence of the 409 `share_settings_differ`, naming each difference. */
export function shareConflictMessage(differences: ShareDifference[]): string {
  const parts = differences.map((d) =>
    d.field === 'includeSpecs'
      ? `it shows the ${describeShareContent(d.active)}, you asked for the ${describeShareContent(d.requested)}`
      : `it ${describeShareExpiry(d.active)}, you asked that it ${describeShareExpiry(d.requested)}`,
  );
  return `This video already has an active link with other settings: ${parts.join('; ')}. Update that link (same URL), or make a new link (people with the old link will lose access).`;
}

/** `replaced`: a new URL took its place (rotation); `revoked`: the owner turned it off. */
export const ShareStatus = z.enum(['active', 'revoked', 'replaced', 'expired']);
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
  /** When it stopped working by the owner's action (revoked or replaced). */
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
