import { Schema, type InferSchemaType } from 'mongoose';
import { defineModel } from './define.ts';

/**
 * Credits as an insert-only ledger (DESIGN.md "Tiers and generation"). A user's balance is the
 * `balanceAfter` of their row with the highest `seq`. Rows are never updated: the two unique
 * indexes are the whole concurrency story, since FerretDB has no atomic updates.
 *  - (userId, seq): two writers that read the same latest row cannot both append after it;
 *  - (userId, opKey): one operation (`debit:<generationId>`, `refund:<generationId>`,
 *    `grant:<reference>`) happens at most once, however often it is retried.
 */
const creditLedgerSchema = new Schema(
  {
    // The JWT `sub`, kept as text: the host product owns user ids and their format.
    userId: { type: String, required: true },
    seq: { type: Number, required: true, min: 1 },
    opKey: { type: String, required: true, maxlength: 200 },
    delta: { type: Number, required: true },
    balanceAfter: { type: Number, required: true, min: 0 },
    at: { type: Date, required: true, default: () => new Date() },
  },
  { collection: 'credit_ledger', versionKey: false },
);
creditLedgerSchema.index({ userId: 1, seq: 1 }, { unique: true });
creditLedgerSchema.index({ userId: 1, opKey: 1 }, { unique: true });

export type CreditLedgerDoc = InferSchemaType<typeof creditLedgerSchema>;

export const creditLedgerModel = defineModel('CreditLedger', creditLedgerSchema);
