import { Schema, type InferSchemaType, type Types } from 'mongoose';
import type { Generation } from '@scenra/contracts';
import { defineModel } from './define.ts';

/**
 * One video generation job at a provider. The unique (userId, idempotencyKey) index makes the
 * first insert for a user's click the only one: retries and double clicks find that row.
 * Progress fields are refreshed from the provider when read (see services/generations/refresh.ts).
 */
const generationSchema = new Schema(
  {
    videoId: { type: Schema.Types.ObjectId, required: true },
    // The JWT `sub`, kept as text: the host product owns user ids and their format.
    userId: { type: String, required: true },
    providerId: { type: String, required: true },
    model: { type: String, required: true },
    seconds: { type: Number, required: true },
    size: { type: String, required: true },
    billing: { type: String, enum: ['credits', 'byok'], required: true },
    keyId: { type: Schema.Types.ObjectId },
    /** What the request asked for, to tell a retry from a different request under the same key. */
    requestHash: { type: String, required: true },
    idempotencyKey: { type: String, required: true },
    providerJobId: { type: String },
    status: {
      type: String,
      enum: ['queued', 'in_progress', 'completed', 'failed'],
      required: true,
      default: 'queued',
    },
    progress: { type: Number, required: true, default: 0 },
    estimate: {
      usd: { type: Number, required: true },
      credits: { type: Number, required: true },
    },
    creditsCharged: { type: Number, required: true, default: 0 },
    refunded: { type: Boolean, required: true, default: false },
    error: {
      type: new Schema(
        { code: String, message: String, httpStatus: Number, retryAfterSec: Number },
        { _id: false },
      ),
    },
    contentFileId: { type: Schema.Types.ObjectId },
    contentType: { type: String },
    contentBytes: { type: Number },
    createdAt: { type: Date, required: true, default: () => new Date() },
    completedAt: { type: Date },
  },
  { collection: 'generations', versionKey: false },
);
generationSchema.index({ userId: 1, idempotencyKey: 1 }, { unique: true });
generationSchema.index({ userId: 1, createdAt: -1 });
// One video's generations, newest first: what the dashboard reads on load to resume or replay.
generationSchema.index({ userId: 1, videoId: 1, createdAt: -1 });

export type GenerationDoc = InferSchemaType<typeof generationSchema> & { _id: Types.ObjectId };

export const generationModel = defineModel('Generation', generationSchema);

/** The API shape of a stored generation. */
export function toGeneration(doc: GenerationDoc): Generation {
  const id = doc._id.toString();
  return {
    id,
    videoId: doc.videoId.toString(),
    providerId: doc.providerId,
    model: doc.model,
    seconds: doc.seconds,
    size: doc.size,
    billing: doc.billing,
    ...(doc.keyId ? { keyId: doc.keyId.toString() } : {}),
    status: doc.status,
    progress: doc.progress,
    estimate: { usd: doc.estimate?.usd ?? 0, credits: doc.estimate?.credits ?? 0 },
    creditsCharged: doc.creditsCharged,
    refunded: doc.refunded,
    ...(doc.error?.code
      ? { error: { code: doc.error.code, message: doc.error.message ?? '' } }
      : {}),
    ...(doc.status === 'completed' && doc.contentFileId
      ? {
          contentUrl: `/api/generations/${id}/content`,
          contentType: doc.contentType ?? 'video/mp4',
          ...(doc.contentBytes !== undefined && doc.contentBytes !== null
            ? { contentBytes: doc.contentBytes }
            : {}),
        }
      : {}),
    createdAt: doc.createdAt.toISOString(),
    ...(doc.completedAt ? { completedAt: doc.completedAt.toISOString() } : {}),
  };
}
