import { Schema, type Types, type InferSchemaType } from 'mongoose';
import { AuditAction } from '@scenra/contracts';
import { defineModel } from './define.ts';

/**
 * Who did what to a key or share, and when — never key material. `outcome` holds short,
 * non-secret facts (the status a check found, the secret versions of a rotation).
 */
const auditEventSchema = new Schema(
  {
    userId: { type: String, required: true },
    keyId: { type: String, default: null },
    shareId: { type: String, default: null },
    action: { type: String, enum: AuditAction.options, required: true },
    requestId: { type: String, required: true },
    outcome: { type: String, default: null, maxlength: 120 },
    at: { type: Date, required: true, default: () => new Date() },
  },
  { collection: 'audit_events', versionKey: false },
);
auditEventSchema.index({ userId: 1, at: -1 });
auditEventSchema.index({ keyId: 1, at: -1 });

export type AuditEventDoc = InferSchemaType<typeof auditEventSchema> & { _id: Types.ObjectId };

export const auditEventModel = defineModel('AuditEvent', auditEventSchema);
