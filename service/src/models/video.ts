import { Schema, type Types, type InferSchemaType } from 'mongoose';
import { defineModel } from './define.ts';
import type { Video } from '@scenra/contracts';

const messageSchema = new Schema(
  {
    agent: { type: String, required: true },
    role: { type: String, required: true },
    content: { type: String, required: true },
  },
  { _id: false },
);

const videoSchema = new Schema(
  {
    ownerId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true },
    concept: { type: String, required: true },
    platform: { type: String, required: true },
    optimizedPrompt: { type: String, required: true },
    specs: {
      aspectRatio: { type: String, required: true },
      durationSec: { type: Number, required: true },
      resolution: { type: String, required: true },
      style: String,
      camera: String,
      lighting: String,
      audio: String,
      mood: String,
      colorPalette: String,
    },
    hashtags: { type: [String], default: [] },
    roundtable: {
      messages: { type: [messageSchema], default: [] },
      synthesisComplete: { type: Boolean, default: false },
    },
  },
  { collection: 'videos', timestamps: true },
);

// A user's videos, newest first; its `ownerId` prefix serves every by-owner lookup too.
videoSchema.index({ ownerId: 1, createdAt: -1 });

export type VideoDoc = InferSchemaType<typeof videoSchema> & { _id: Types.ObjectId };

export const videoModel = defineModel('Video', videoSchema);

/** The API shape of a stored video (contracts' `Video`). */
export function toVideo(doc: VideoDoc): Video {
  const specs = Object.fromEntries(
    Object.entries(doc.specs ?? {}).filter(([, v]) => v !== undefined && v !== null),
  );
  return {
    id: doc._id.toString(),
    title: doc.title,
    concept: doc.concept,
    platform: doc.platform as Video['platform'],
    optimizedPrompt: doc.optimizedPrompt,
    specs: specs as Video['specs'],
    hashtags: doc.hashtags,
    roundtable: {
      messages:
        doc.roundtable?.messages.map(({ agent, role, content }) => ({ agent, role, content })) ??
        [],
      synthesisComplete: doc.roundtable?.synthesisComplete ?? false,
    },
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}
