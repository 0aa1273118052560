import { Schema, type Types, type InferSchemaType } from 'mongoose';
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
 * Public links to a video's prompt. The token itself is never stored: `tokenHash` (SHA-256)
 * finds the link, `sealedToken` is the owner's encrypted copy.
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
    expiresAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    activeSlot: { type: String, required: true },
    quotaSlot: { type: String, required: true },
    views: { type: Number, default: 0 },
  },
  { collection: 'shares', timestamps: { createdAt: true, updatedAt: false } },
);
shareSchema.index({ tokenHash: 1 }, { unique: true });
shareSchema.index({ videoId: 1, activeSlot: 1 }, { unique: true });
shareSchema.index({ ownerId: 1, quotaSlot: 1 }, { unique: true });
shareSchema.index({ ownerId: 1, createdAt: -1 });

export const ACTIVE_SLOT = 'active';

export type ShareDoc = InferSchemaType<typeof shareSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
};

export const shareModel = defineModel('Share', shareSchema);
