import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { defineModel } from './define.ts';

/**
 * Views of a share link, counted by inserts only: each instance writes one row per link per
 * flush with the views it gathered, and a link's count is the sum of its rows. Inserts never
 * lose each other's work, unlike `$inc` on one row, which FerretDB does not apply atomically.
 */
const shareViewSchema = new Schema(
  {
    shareId: { type: Schema.Types.ObjectId, required: true },
    count: { type: Number, required: true, min: 1 },
    at: { type: Date, required: true, default: () => new Date() },
  },
  { collection: 'share_views', versionKey: false },
);
shareViewSchema.index({ shareId: 1 });

export type ShareViewDoc = InferSchemaType<typeof shareViewSchema> & { _id: Types.ObjectId };

export const shareViewModel = defineModel('ShareView', shareViewSchema);

/** Views per share id, summed over their rows (ids without views are absent). */
export async function viewTotals(
  model: ReturnType<typeof shareViewModel>,
  shareIds: Types.ObjectId[],
): Promise<Map<string, number>> {
  if (!shareIds.length) return new Map();
  const sums = await model.aggregate<{ _id: Types.ObjectId; views: number }>([
    { $match: { shareId: { $in: shareIds } } },
    { $group: { _id: '$shareId', views: { $sum: '$count' } } },
  ]);
  return new Map(sums.map((s) => [s._id.toString(), s.views]));
}
