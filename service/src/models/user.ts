import { Schema, type InferSchemaType } from 'mongoose';
import { defineModel } from './define.ts';

/**
 * People known to this service. In production the host product owns accounts and the JWT
 * carries the tier; this collection holds what the dashboard shows (name, email).
 */
const userSchema = new Schema(
  {
    displayName: { type: String, required: true, maxlength: 120 },
    email: { type: String, required: true, maxlength: 254 },
    tier: { type: String, enum: ['free', 'premium'], required: true },
    persona: { type: String, enum: ['free', 'byok', 'premium'] },
  },
  { collection: 'users', timestamps: true },
);
userSchema.index({ persona: 1 });

export type UserDoc = InferSchemaType<typeof userSchema>;

export const userModel = defineModel('User', userSchema);
