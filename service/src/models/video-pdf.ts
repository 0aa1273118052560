import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { defineModel } from './define.ts';

/**
 * A video's rendered PDF export, kept because a video never changes after it is created:
 * each video is rendered once per layout version, whichever instance is asked. The `_id` is
 * the video's id, so the lookup is an `_id` lookup (the one filter FerretDB pushes down). A
 * PDF is bounded (see export/pdf/bounds.ts) to well under the 16 MB document limit.
 */
const videoPdfSchema = new Schema(
  {
    ownerId: { type: Schema.Types.ObjectId, required: true },
    layoutVersion: { type: String, required: true },
    pdf: { type: Buffer, required: true },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { collection: 'video_pdfs', versionKey: false },
);
// Erasure removes a user's stored PDFs by owner.
videoPdfSchema.index({ ownerId: 1 });

export type VideoPdfDoc = InferSchemaType<typeof videoPdfSchema> & { _id: Types.ObjectId };

export const videoPdfModel = defineModel('VideoPdf', videoPdfSchema);
