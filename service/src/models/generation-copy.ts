import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { defineModel } from './define.ts';

/**
 * Who copies a finished generation's file from the provider into our storage. Inserting
 * (generationId, attempt) is the claim: the unique index lets exactly one reader win each
 * attempt, so the file is copied once even when many requests (on many instances) see the
 * job complete at the same moment. A claim is a lease: if its holder dies, the next attempt
 * may be claimed after `leaseUntil`, and a holder gives up before its lease ends.
 */
const generationCopySchema = new Schema(
  {
    generationId: { type: Schema.Types.ObjectId, required: true },
    attempt: { type: Number, required: true, min: 0 },
    /** The storage id this attempt writes to; a later attempt removes it if it was left partial. */
    fileId: { type: Schema.Types.ObjectId, required: true },
    leaseUntil: { type: Date, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: 'generation_copies', versionKey: false },
);
generationCopySchema.index({ generationId: 1, attempt: 1 }, { unique: true });

export type GenerationCopyDoc = InferSchemaType<typeof generationCopySchema> & {
  _id: Types.ObjectId;
};

export const generationCopyModel = defineModel('GenerationCopy', generationCopySchema);
