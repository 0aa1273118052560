import { z } from 'zod';
import { ObjectIdString } from './ids.ts';

/** `POST /api/admin/erasures` (the host product, with the service token): erase one user. */
export const ErasureBody = z.object({ userId: ObjectIdString });
export type ErasureBody = z.infer<typeof ErasureBody>;

/**
 * What an erasure removed, per kind, and what it kept because the law requires it (the
 * credit ledger, cut loose from the person: see service/README.md "Data lifecycle").
 */
export const ErasureReport = z.object({
  userId: ObjectIdString,
  erasedAt: z.iso.datetime(),
  removed: z.object({
    account: z.number().int().min(0),
    apiKeys: z.number().int().min(0),
    videos: z.number().int().min(0),
    storedPdfs: z.number().int().min(0),
    shares: z.number().int().min(0),
    shareViews: z.number().int().min(0),
    generations: z.number().int().min(0),
    files: z.number().int().min(0),
    auditEvents: z.number().int().min(0),
  }),
  kept: z.object({
    ledgerEntries: z.number().int().min(0),
    ledgerHolder: z.string().describe('The pseudonym the kept ledger entries now carry.'),
  }),
});
export type ErasureReport = z.infer<typeof ErasureReport>;
