import { createHash, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Types } from 'mongoose';
import {
  FREE_SHARE_LINKS_PER_DAY,
  shareConflictMessage,
  type PublicShare,
  type ShareConflictDetails,
  type ShareDifference,
  type ShareExpiryDays,
  type ShareLink,
  type ShareResult,
  type ShareStatus,
  type ShareSummary,
  type Tier,
} from '@scenra/contracts';
import { isDuplicateKey } from '../lib/duplicate-key.ts';
import type { Config } from '../config/index.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { limitReached } from '../lib/rate-limits.ts';
import type { ShortLivedCache } from '../lib/short-lived-cache.ts';
import type { Vault } from '../lib/vault.ts';
import { ACTIVE_SLOT, shareIdOf, shareModel, type ShareDoc } from '../models/share.ts';
import { shareViewModel, viewTotals } from '../models/share-view.ts';
import { videoModel, type VideoDoc } from '../models/video.ts';
import { audit } from './audit.ts';
import { findOwnedVideo, type VideoReadDeps } from './owned-video.ts';
import { publicSnapshot, type ShareSnapshot } from './share-snapshot.ts';

/**
 * What share links need: the vault seals their tokens, the public-link cache serves readers,
 * the public URL makes their addresses, and the owner's videos are read through their cache.
 */
export interface ShareDeps extends VideoReadDeps {
  vault: Vault;
  log: FastifyBaseLogger;
  publicShares: ShortLivedCache<PublicLink | null>;
  config: Pick<Config, 'publicUrl'>;
}

/** 24 random bytes = 192 bits, written as 32 base64url characters. */
const TOKEN_BYTES = 24;
const tokenShape = /^[A-Za-z0-9_-]{32}$/;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Each clash means another request just inserted; a burst of N parallel creations needs N rounds. */
const MAX_ATTEMPTS = 25;

export const newShareToken = () => randomBytes(TOKEN_BYTES).toString('base64url');
export const hashShareToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const shareUrl = (publicUrl: string, token: string) => `${publicUrl}/share/${token}`;
/** Binds the sealed token to its owner and share: a copied row fails to decrypt. */
export const tokenAad = (ownerId: string, shareId: string) => `${ownerId}|share|${shareId}`;

/** Whether a link can be viewed now. Expiry is checked at read time (no TTL indexes). */
export function shareStatus(
  doc: Pick<ShareDoc, 'replacedAt' | 'revokedAt' | 'activeSlot' | 'expiresAt'>,
  now: Date,
): ShareStatus {
  if (doc.replacedAt) return 'replaced';
  if (doc.revokedAt) return 'revoked';
  if (doc.activeSlot !== ACTIVE_SLOT) return 'expired';
  if (doc.expiresAt && doc.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** The owner's copy of a token, or null when the vault can no longer open it. */
function openToken(deps: ShareDeps, doc: ShareDoc): string | null {
  try {
    return deps.vault.decrypt(
      doc.sealedToken,
      tokenAad(doc.ownerId.toString(), doc._id.toString()),
    );
  } catch {
    deps.log.warn({ shareId: doc._id.toString() }, 'share token copy could not be decrypted');
    return null;
  }
}

/**
 * Takes a link out of its video's active slot, which frees the slot for a new link. A live link
 * stops working as `revoked` (the owner turned it off) or `replaced` (a new URL took its place).
 */
async function retire(
  deps: ShareDeps,
  doc: ShareDoc,
  ended: { at: Date; replaced: boolean } | null,
) {
  await shareModel(deps.db).updateOne(
    { _id: doc._id, activeSlot: ACTIVE_SLOT },
    {
      $set: {
        activeSlot: doc._id.toString(),
        ...(ended
          ? { revokedAt: ended.at, ...(ended.replaced ? { replacedAt: ended.at } : {}) }
          : {}),
      },
    },
  );
  deps.publicShares.forget(doc._id.toString());
}

function dailyLimitReached(now: Date): AppError {
  const day = now.toISOString().slice(0, 10);
  const resetsAt = new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS);
  const error = limitReached(
    'free_share_links',
    FREE_SHARE_LINKS_PER_DAY,
    (resetsAt.getTime() - now.getTime()) / 1000,
  );
  Object.assign(error.details as object, { resetsAt: resetsAt.toISOString() });
  return error;
}

/** The expiry the owner chose; links stored before the choice was kept derive it from their dates. */
export function chosenExpiryDays(doc: ShareDoc): ShareExpiryDays {
  if (typeof doc.expiresInDays === 'number') return doc.expiresInDays as ShareExpiryDays;
  if (!doc.expiresAt) return null;
  const days = (doc.expiresAt.getTime() - doc.createdAt.getTime()) / DAY_MS;
  return ([1, 7, 30] as const).reduce((best, d) =>
    Math.abs(d - days) < Math.abs(best - days) ? d : best,
  );
}

/** How a request's settings differ from the active link's; empty when they are the same. */
export function shareDifferences(
  doc: ShareDoc,
  wanted: { includeSpecs: boolean; expiresInDays: number | null },
): ShareDifference[] {
  const differences: ShareDifference[] = [];
  if (doc.includeSpecs !== wanted.includeSpecs)
    differences.push({
      field: 'includeSpecs',
      active: doc.includeSpecs,
      requested: wanted.includeSpecs,
    });
  const activeDays = chosenExpiryDays(doc);
  if (activeDays !== wanted.expiresInDays)
    differences.push({
      field: 'expiresInDays',
      active: activeDays,
      requested: wanted.expiresInDays as ShareExpiryDays,
    });
  return differences;
}

function settingsDiffer(share: ShareLink, differences: ShareDifference[]): AppError {
  const details: ShareConflictDetails = { share, differences };
  return new AppError(409, 'share_settings_differ', shareConflictMessage(differences), {
    details,
  });
}

const expiryFrom = (now: Date, days: number | null) =>
  days ? new Date(now.getTime() + days * DAY_MS) : null;

/**
 * The quota slot a new link takes: the n-th creation of the UTC day for free users (a unique
 * index makes two racing requests clash instead of both passing the count), none for premium.
 */
async function takeQuotaSlot(
  deps: ShareDeps,
  ownerId: string,
  tier: Tier,
  shareId: string,
  now: Date,
): Promise<string> {
  if (tier === 'premium') return `unmetered:${shareId}`;
  const day = now.toISOString().slice(0, 10);
  const used = await shareModel(deps.db).countDocuments({
    ownerId,
    createdAt: { $gte: new Date(`${day}T00:00:00.000Z`) },
  });
  if (used >= FREE_SHARE_LINKS_PER_DAY) throw dailyLimitReached(now);
  return `${day}#${used + 1}`;
}

export interface CreateShareInput {
  userId: string;
  tier: Tier;
  videoId: string;
  includeSpecs: boolean;
  expiresInDays: number | null;
  rotate: boolean;
  requestId: string;
}

export interface OwnedShare {
  doc: ShareDoc;
  token: string;
  created: boolean;
}

/**
 * Returns the video's active link when it has the requested settings, refuses (409) when it
 * has others, or makes one: the first, or with `rotate` a new URL replacing the active one.
 * Only inserts decide races: a clash on `(videoId, activeSlot)` or `(ownerId, quotaSlot)`
 * means another request won, so look again.
 */
export async function createShare(deps: ShareDeps, input: CreateShareInput): Promise<OwnedShare> {
  const { userId, tier, videoId } = input;
  const video = await findOwnedVideo(deps, userId, videoId);
  const Share = shareModel(deps.db);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const now = new Date();
    const current = await Share.findOne({ videoId, activeSlot: ACTIVE_SLOT }).lean<ShareDoc>();
    const currentIsLive = current !== null && shareStatus(current, now) === 'active';
    if (current && currentIsLive && !input.rotate) {
      const token = openToken(deps, current);
      if (token) {
        const differences = shareDifferences(current, input);
        if (differences.length > 0)
          throw settingsDiffer(
            toShareLink(deps.config.publicUrl, { doc: current, token }),
            differences,
          );
        return { doc: current, token, created: false };
      }
    }
    const token = newShareToken();
    const tokenHash = hashShareToken(token);
    const id = shareIdOf(tokenHash).toString();
    const quotaSlot = await takeQuotaSlot(deps, userId, tier, id, now);
    // A live link being replaced stops working as "replaced"; an expired one stays expired.
    if (current) await retire(deps, current, currentIsLive ? { at: now, replaced: true } : null);
    try {
      const doc = await Share.create({
        _id: id,
        tokenHash,
        sealedToken: deps.vault.encrypt(token, tokenAad(userId, id)),
        videoId,
        ownerId: userId,
        includeSpecs: input.includeSpecs,
        expiresInDays: input.expiresInDays,
        expiresAt: expiryFrom(now, input.expiresInDays),
        snapshot: publicSnapshot(video, input.includeSpecs),
        activeSlot: ACTIVE_SLOT,
        quotaSlot,
      });
      await audit(deps, {
        userId,
        shareId: id,
        action: 'share.created',
        requestId: input.requestId,
        outcome: current ? 'replaced' : 'new',
      });
      return { doc: doc.toObject() as ShareDoc, token, created: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  throw new AppError(
    409,
    'share_conflict',
    'The share link changed while it was being made. Try again.',
  );
}

/** Revokes the video's active link, if any. True when a link was revoked. */
export async function revokeShare(
  deps: ShareDeps,
  userId: string,
  videoId: string,
  requestId: string,
): Promise<boolean> {
  await findOwnedVideo(deps, userId, videoId);
  const current = await shareModel(deps.db)
    .findOne({ videoId, activeSlot: ACTIVE_SLOT })
    .lean<ShareDoc>();
  if (!current) return false;
  await retire(deps, current, { at: current.revokedAt ?? new Date(), replaced: false });
  await audit(deps, {
    userId,
    shareId: current._id.toString(),
    action: 'share.revoked',
    requestId,
  });
  return true;
}

/** The video's live link with its token, or null when it has none (or it cannot be opened). */
async function findLiveShare(
  deps: ShareDeps,
  videoId: string,
): Promise<{ doc: ShareDoc; token: string } | null> {
  const doc = await shareModel(deps.db)
    .findOne({ videoId, activeSlot: ACTIVE_SLOT })
    .lean<ShareDoc>();
  if (!doc || shareStatus(doc, new Date()) !== 'active') return null;
  const token = openToken(deps, doc);
  return token ? { doc, token } : null;
}

/** `GET /api/videos/:id/share`: the owner's view of the video's active link, if any. */
export async function getActiveShare(
  deps: ShareDeps,
  userId: string,
  videoId: string,
): Promise<ShareLink | null> {
  await findOwnedVideo(deps, userId, videoId);
  const live = await findLiveShare(deps, videoId);
  return live ? toShareLink(deps.config.publicUrl, live, await shareViews(deps, live.doc)) : null;
}

export interface UpdateShareInput {
  userId: string;
  videoId: string;
  includeSpecs: boolean;
  expiresInDays: number | null;
  requestId: string;
}

/**
 * New settings for the active link, same URL: they hold from its next view, and a new expiry
 * counts from now. 404 when the video has no active link (nothing to update).
 */
export async function updateShare(deps: ShareDeps, input: UpdateShareInput): Promise<ShareLink> {
  const video = await findOwnedVideo(deps, input.userId, input.videoId);
  const live = await findLiveShare(deps, input.videoId);
  if (!live) throw notFound('An active share link of this video');
  const settings = {
    includeSpecs: input.includeSpecs,
    expiresInDays: input.expiresInDays,
    expiresAt: expiryFrom(new Date(), input.expiresInDays),
    // The public view under the new settings, in the same write (see share-snapshot.ts).
    snapshot: publicSnapshot(video, input.includeSpecs),
  };
  // Guarded by the active slot: a link revoked meanwhile stays revoked.
  const result = await shareModel(deps.db).updateOne(
    { _id: live.doc._id, activeSlot: ACTIVE_SLOT },
    { $set: settings },
  );
  if (result.matchedCount === 0) throw notFound('An active share link of this video');
  deps.publicShares.forget(live.doc._id.toString());
  await audit(deps, {
    userId: input.userId,
    shareId: live.doc._id.toString(),
    action: 'share.updated',
    requestId: input.requestId,
    outcome: `${input.includeSpecs ? 'specs' : 'prompt-only'}/${input.expiresInDays ?? 'never'}`,
  });
  return toShareLink(
    deps.config.publicUrl,
    { doc: { ...live.doc, ...settings } as ShareDoc, token: live.token },
    await shareViews(deps, live.doc),
  );
}

/** Revokes a video's live link when the video is deleted. How many links were revoked (0 or 1). */
export async function revokeVideoShares(
  deps: ShareDeps,
  videoId: string,
  now: Date,
): Promise<number> {
  const current = await shareModel(deps.db)
    .findOne({ videoId, activeSlot: ACTIVE_SLOT })
    .lean<ShareDoc>();
  if (!current) return 0;
  await retire(deps, current, { at: current.revokedAt ?? now, replaced: false });
  return 1;
}

/** A link's views: the rows counted by inserts, plus any counted before in the legacy field. */
export async function shareViews(deps: ShareDeps, doc: ShareDoc): Promise<number> {
  const rows = await viewTotals(shareViewModel(deps.db), [doc._id]);
  return (doc.views ?? 0) + (rows.get(doc._id.toString()) ?? 0);
}

export function toShareLink(
  publicUrl: string,
  { doc, token }: { doc: ShareDoc; token: string },
  views = doc.views ?? 0,
): ShareLink {
  return {
    id: doc._id.toString(),
    videoId: doc.videoId.toString(),
    url: shareUrl(publicUrl, token),
    token,
    includeSpecs: doc.includeSpecs,
    expiresInDays: chosenExpiryDays(doc),
    expiresAt: doc.expiresAt?.toISOString() ?? null,
    views,
    createdAt: doc.createdAt.toISOString(),
  };
}

export function toShareResult(
  publicUrl: string,
  share: OwnedShare,
  views = share.doc.views ?? 0,
): ShareResult {
  return { ...toShareLink(publicUrl, share, views), created: share.created };
}

/** Every link the user has made, newest first, with its status and view count. */
export async function listShares(deps: ShareDeps, userId: string): Promise<ShareSummary[]> {
  if (!/^[a-f0-9]{24}$/.test(userId)) return [];
  const docs = await shareModel(deps.db)
    .find({ ownerId: userId })
    .sort({ createdAt: -1 })
    .limit(500)
    .lean<ShareDoc[]>();
  const videoIds = [...new Set(docs.map((d) => d.videoId.toString()))];
  const videos = await videoModel(deps.db)
    .find({ _id: { $in: videoIds }, ownerId: userId })
    .select({ title: 1 })
    .lean<Array<Pick<VideoDoc, '_id' | 'title'>>>();
  const titles = new Map(videos.map((v) => [v._id.toString(), v.title]));
  const views = await viewTotals(
    shareViewModel(deps.db),
    docs.map((d) => d._id),
  );
  const now = new Date();
  return docs.map((doc) => {
    const status = shareStatus(doc, now);
    const token = status === 'active' ? openToken(deps, doc) : null;
    return {
      id: doc._id.toString(),
      videoId: doc.videoId.toString(),
      videoTitle: titles.get(doc.videoId.toString()) ?? null,
      status,
      url: token ? shareUrl(deps.config.publicUrl, token) : null,
      includeSpecs: doc.includeSpecs,
      expiresAt: doc.expiresAt?.toISOString() ?? null,
      revokedAt: (doc.replacedAt ?? doc.revokedAt)?.toISOString() ?? null,
      // Rows counted before views were insert-only live on in the legacy `views` field.
      views: (doc.views ?? 0) + (views.get(doc._id.toString()) ?? 0),
      createdAt: doc.createdAt.toISOString(),
    };
  });
}

/** What the public routes need of a link: its dates, status fields and public snapshot. */
export type PublicLink = Pick<
  ShareDoc,
  '_id' | 'tokenHash' | 'createdAt' | 'expiresAt' | 'revokedAt' | 'replacedAt' | 'activeSlot'
> & { snapshot: ShareSnapshot };

const publicLinkFields = {
  tokenHash: 1,
  createdAt: 1,
  expiresAt: 1,
  revokedAt: 1,
  replacedAt: 1,
  activeSlot: 1,
  snapshot: 1,
  videoId: 1,
  ownerId: 1,
  includeSpecs: 1,
};

/** One `_id` read; links made before snapshots were stored take a second read of their video. */
async function readPublicLink(deps: ShareDeps, id: Types.ObjectId) {
  const share = await shareModel(deps.db)
    .findOne({ _id: id })
    .select(publicLinkFields)
    .lean<ShareDoc>();
  if (!share || share.snapshot) return share as PublicLink | null;
  const video = await videoModel(deps.db)
    .findOne({ _id: share.videoId, ownerId: share.ownerId })
    .lean<VideoDoc>();
  return video ? { ...share, snapshot: publicSnapshot(video, share.includeSpecs) } : null;
}

/**
 * The link behind a public token, or null for unknown, revoked or expired links. Served from
 * the app's short-lived cache (`deps.publicShares`); expiry is checked on every view.
 */
export async function openPublicShare(deps: ShareDeps, token: string): Promise<PublicLink | null> {
  if (!tokenShape.test(token)) return null;
  const tokenHash = hashShareToken(token);
  const id = shareIdOf(tokenHash);
  const link = await deps.publicShares.get(id.toString(), () => readPublicLink(deps, id));
  // The `_id` holds only part of the hash: the whole of it must match too.
  if (!link || link.tokenHash !== tokenHash) return null;
  if (shareStatus(link, new Date()) !== 'active') return null;
  return link;
}

/** Exactly what the public may see: no owner, keys, costs or generation data. */
export function toPublicShare(link: PublicLink): PublicShare {
  return {
    ...link.snapshot,
    sharedAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt?.toISOString() ?? null,
  };
}
