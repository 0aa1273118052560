import { Schema, type Types, type InferSchemaType } from 'mongoose';
import { KeyStatus } from '@scenra/contracts';
import type { Sealed } from '../lib/vault.ts';
import { defineModel } from './define.ts';

/**
 * A user's provider API key, sealed by the vault (DESIGN.md "Key vault"): the plaintext is
 * never stored; `keySuffix` (last four characters) is all the UI ever shows. The unique
 * (userId, provider, keyName) index makes duplicate names a clean 409, race-free.
 */
const apiKeySchema = new Schema(
  {
    // The JWT `sub`, kept as text: the host product owns user ids and their format.
    userId: { type: String, required: true },
    provider: { type: String, required: true },
    keyName: { type: String, required: true },
    ciphertext: { type: String, required: true },
    iv: { type: String, required: true },
    tag: { type: String, required: true },
    keyVersion: { type: String, required: true },
    keySuffix: { type: String, required: true },
    status: { type: String, enum: KeyStatus.options, required: true, default: 'unchecked' },
    isValid: { type: Boolean, required: true, default: false },
    lastValidatedAt: { type: Date, default: null },
    // When the provider was last asked, answered or not: paces the lazy 24 h re-check.
    lastCheckAttemptAt: { type: Date, default: null },
    lastUsedAt: { type: Date, default: null },
  },
  { collection: 'user_api_keys', timestamps: true },
);
apiKeySchema.index({ userId: 1, provider: 1, keyName: 1 }, { unique: true });
// The settings page lists a user's keys newest first.
apiKeySchema.index({ userId: 1, createdAt: -1 });

export type ApiKeyDoc = InferSchemaType<typeof apiKeySchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};

export const apiKeyModel = defineModel('ApiKey', apiKeySchema);

/** The AAD binding a sealed key to its owner, provider and row: a copied row cannot be opened. */
export function apiKeyAad(doc: { userId: string; provider: string; _id: Types.ObjectId | string }) {
  return `${doc.userId}|${doc.provider}|${doc._id.toString()}`;
}

export function sealedOf(doc: Pick<ApiKeyDoc, 'ciphertext' | 'iv' | 'tag' | 'keyVersion'>): Sealed {
  return { ciphertext: doc.ciphertext, iv: doc.iv, tag: doc.tag, keyVersion: doc.keyVersion };
}
