import { Schema, Types, type InferSchemaType } from 'mongoose';
import type { ShareSnapshot } from '../services/share-snapshot.ts';
import { defineModel } from './define.ts';

/** The vault's sealed copy of the token, so the owner can copy the link again. */
const sealedSchema = new Schema(
  {
    ciphertext: { type: String, required: true },
    iv: { type: String, required: true },
    tag: { type: String, required: true },
    keyVersion: { type: String, required: true },
  },
  { _id: false },
);

/**
 * Public links to a video's prompt. The token itself is never stored: `tokenHash` (its SHA-256)
 * identifies the link, `sealedToken` is the owner's encrypted copy. The `_id` is made of the
 * hash's first 96 bits, so the public lookup is an `_id` lookup: FerretDB pushes only `_id`
 * filters down to its storage, anything else is a scan of the whole collection in its process.
 *
 * FerretDB has no atomic updates or partial indexes, so two unique indexes guard inserts:
 * - `(videoId, activeSlot)`: `activeSlot` is "active" for the one live link of a video and
 *   becomes the share's own id once revoked or expired, so only one live link can be inserted.
 * - `(ownerId, quotaSlot)`: `quotaSlot` is `<UTC day>#<n>`, the n-th link created that day,
 *   so two concurrent creations cannot both take the free tier's 10th slot.
 */
const shareSchema = new Schema(
  {
    tokenHash: { type: String, required: true },
    sealedToken: { type: sealedSchema, required: true },
    videoId: { type: Schema.Types.ObjectId, required: true },
    ownerId: { type: Schema.Types.ObjectId, required: true },
    includeSpecs: { type: Boolean, required: true },
    /** The expiry the owner chose, in days (`null`: never); `expiresAt` is when it ends. */
    expiresInDays: { type: Number, default: null },
    expiresAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    /** Set (with `revokedAt`) when a new URL replaced this one: shown as "Replaced". */
    replacedAt: { type: Date, default: null },
    activeSlot: { type: String, required: true },
    quotaSlot: { type: String, required: true },
    views: { type: Number, default: 0 },
    /**
     * The public view under this link's settings (`publicSnapshot`), so a public read is one
     * `_id` read. Whoever changes `includeSpecs` rewrites it in the same update.
     */
    snapshot: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'shares', timestamps: { createdAt: true, updatedAt: false } },
);
shareSchema.index({ tokenHash: 1 }, { unique: true });
shareSchema.index({ videoId: 1, activeSlot: 1 }, { unique: true });
shareSchema.index({ ownerId: 1, quotaSlot: 1 }, { unique: true });
shareSchema.index({ ownerId: 1, createdAt: -1 });

export const ACTIVE_SLOT = 'active';

export type ShareDoc = Omit<InferSchemaType<typeof shareSchema>, 'snapshot'> & {
  _id: Types.ObjectId;
  createdAt: Date;
  snapshot?: ShareSnapshot | null;
};

/** A share's `_id`, derived from its token's hash (see above). */
export const shareIdOf = (tokenHash: string) => new Types.ObjectId(tokenHash.slice(0, 24));

export const shareModel = defineModel('Share', shareSchema);
