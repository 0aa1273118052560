import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { defineModel } from './define.ts';

/**
 * Who may ask the provider about a generation in one refresh window. Inserting
 * (generationId, window) is the claim: the unique index lets one reader per window through,
 * on any number of instances (FerretDB has no atomic updates; an insert is the one safe
 * race), and every other reader answers with the stored state. Rows of a settled generation
 * are removed.
 */
const generationRefreshSchema = new Schema(
  {
    generationId: { type: Schema.Types.ObjectId, required: true },
    /** `floor(time / interval)`: the window this claim covers. */
    window: { type: Number, required: true },
  },
  { collection: 'generation_refreshes', versionKey: false },
);
generationRefreshSchema.index({ generationId: 1, window: 1 }, { unique: true });

export type GenerationRefreshDoc = InferSchemaType<typeof generationRefreshSchema> & {
  _id: Types.ObjectId;
};

export const generationRefreshModel = defineModel('GenerationRefresh', generationRefreshSchema);
