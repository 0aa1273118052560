import type { Connection } from 'mongoose';
import type { AuditAction } from '@scenra/contracts';
import { auditEventModel } from '../models/audit-event.ts';

export interface AuditInput {
  userId: string;
  keyId?: string | undefined;
  shareId?: string | undefined;
  action: AuditAction;
  requestId: string;
  /** A short non-secret fact (e.g. "valid", "v1→v2"). Never key material. */
  outcome?: string | undefined;
}

/**
 * Records one audit event. Awaited by callers on purpose: an action that cannot be audited
 * fails with the database (503) rather than happening unrecorded.
 */
export async function audit({ db }: { db: Connection }, event: AuditInput): Promise<void> {
  await auditEventModel(db).create({
    userId: event.userId,
    keyId: event.keyId ?? null,
    shareId: event.shareId ?? null,
    action: event.action,
    requestId: event.requestId,
    outcome: event.outcome ?? null,
    at: new Date(),
  });
}
