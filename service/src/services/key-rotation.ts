import type { Connection, Types } from 'mongoose';
import type { Sealed, Vault } from '../lib/vault.ts';
import { apiKeyAad, sealedOf, type ApiKeyDoc } from '../models/api-key.ts';
import { auditEventModel } from '../models/audit-event.ts';
import type { ShareDoc } from '../models/share.ts';
import { tokenAad } from './shares.ts';

/** One collection holding vault-sealed secrets, and how to read and rewrite its rows. */
interface RotationTarget<Doc extends { _id: Types.ObjectId }> {
  /** The collection, worked on as raw documents: this is a data migration. */
  name: string;
  /** Where the row's secret version is stored (a dotted path). */
  versionPath: string;
  read(doc: Doc): Sealed;
  aad(doc: Doc): string;
  write(sealed: Sealed): Record<string, unknown>;
  owner(doc: Doc): { userId: string; keyId?: string; shareId?: string };
}

const apiKeys: RotationTarget<ApiKeyDoc> = {
  name: 'user_api_keys',
  versionPath: 'keyVersion',
  read: sealedOf,
  aad: apiKeyAad,
  write: (sealed) => ({ ...sealed }),
  owner: (doc) => ({ userId: doc.userId, keyId: doc._id.toString() }),
};

/** The owner's sealed copy of a share token; AAD as services/shares.ts seals it. */
const shares: RotationTarget<ShareDoc> = {
  name: 'shares',
  versionPath: 'sealedToken.keyVersion',
  read: (doc) => doc.sealedToken as Sealed,
  aad: (doc) => tokenAad(doc.ownerId.toString(), doc._id.toString()),
  write: (sealed) => ({ sealedToken: sealed }),
  owner: (doc) => ({ userId: doc.ownerId.toString(), shareId: doc._id.toString() }),
};

export const rotationTargets = [apiKeys, shares] as RotationTarget<{ _id: Types.ObjectId }>[];

export interface RotationCounts {
  /** Rows re-encrypted to the active version by this run. */
  rotated: number;
  /** Rows that cannot be decrypted (tampered, or their secret is gone): they must be re-entered. */
  unreadable: number;
  /** Rows that changed under us (deleted or rotated by another run) and were left alone. */
  skipped: number;
  /** Rows still on an older version after this run (non-zero after an interruption or a limit). */
  remaining: number;
  /** Rows on the active version after this run. */
  current: number;
}

export interface RotationOptions {
  /** Stop cleanly between rows when aborted (SIGINT/SIGTERM); run again to resume. */
  signal?: AbortSignal;
  /** Re-encrypt at most this many rows in this run (for small steps on big tables). */
  limit?: number;
  batchSize?: number;
  runId?: string;
}

/**
 * Re-encrypts every sealed row to the vault's active secret version. Each row is rewritten
 * by one single-document update guarded by its old version, so stopping at any moment
 * leaves every row readable, and running again continues with the rows still on an old
 * version. Once `remaining` is 0 everywhere, the old secrets can be removed.
 */
export async function rotateKeys(
  db: Connection,
  vault: Vault,
  options: RotationOptions = {},
): Promise<Record<string, RotationCounts>> {
  const active = vault.activeVersion;
  const runId = options.runId ?? `rotate-keys:${new Date().toISOString()}`;
  const batchSize = options.batchSize ?? 200;
  let budget = options.limit ?? Number.POSITIVE_INFINITY;
  const report: Record<string, RotationCounts> = {};

  for (const target of rotationTargets) {
    const collection = db.collection(target.name);
    const counts: RotationCounts = {
      rotated: 0,
      unreadable: 0,
      skipped: 0,
      remaining: 0,
      current: 0,
    };
    let after: Types.ObjectId | undefined;
    scan: for (;;) {
      const filter: Record<string, unknown> = { [target.versionPath]: { $ne: active } };
      if (after) filter._id = { $gt: after };
      const batch = (await collection
        .find(filter)
        .sort({ _id: 1 })
        .limit(batchSize)
        .toArray()) as Array<{ _id: Types.ObjectId }>;
      if (batch.length === 0) break;
      for (const doc of batch) {
        if (options.signal?.aborted || budget <= 0) break scan;
        after = doc._id;
        const old = target.read(doc);
        let plaintext: string;
        try {
          plaintext = vault.decrypt(old, target.aad(doc));
        } catch {
          counts.unreadable += 1;
          continue;
        }
        const sealed = vault.encrypt(plaintext, target.aad(doc));
        const result = await collection.updateOne(
          { _id: doc._id, [target.versionPath]: old.keyVersion },
          { $set: target.write(sealed) },
        );
        if (result.modifiedCount === 1) {
          counts.rotated += 1;
          budget -= 1;
          await auditEventModel(db).create({
            ...target.owner(doc),
            action: 'keys.rotated',
            requestId: runId,
            outcome: `${old.keyVersion}→${active}`,
          });
        } else {
          counts.skipped += 1;
        }
      }
    }
    // A rotation reads every row by design: walk the `_id` index rather than ask for an index
    // on the version that would serve nothing else.
    const everyRow = { hint: { _id: 1 } };
    counts.remaining = await collection.countDocuments(
      { [target.versionPath]: { $ne: active } },
      everyRow,
    );
    counts.current = await collection.countDocuments({ [target.versionPath]: active }, everyRow);
    report[target.name] = counts;
  }
  return report;
}
