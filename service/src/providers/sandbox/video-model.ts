import { Schema, type InferSchemaType } from 'mongoose';
import { defineModel } from '../../models/define.ts';

/**
 * A job of the built-in sandbox provider (development and tests only). Only what cannot be
 * derived is stored: progress follows from `createdAt` and the render time, so a job keeps
 * going across service restarts and reads the same on every instance.
 */
const sandboxVideoSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** SHA-256 of the API key that created it: another key sees 404, as at a real provider. */
    keyHash: { type: String, required: true },
    model: { type: String, required: true },
    seconds: { type: String, required: true },
    size: { type: String, required: true },
    prompt: { type: String, default: null },
    /** "fail" for keys that produce failing jobs. */
    outcome: { type: String, enum: ['complete', 'fail'], required: true },
    renderMs: { type: Number, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'sandbox_videos', versionKey: false },
);
sandboxVideoSchema.index({ keyHash: 1, createdAt: -1 });

export type SandboxVideoDoc = InferSchemaType<typeof sandboxVideoSchema>;

export const sandboxVideoModel = defineModel('SandboxVideo', sandboxVideoSchema);
