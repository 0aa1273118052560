import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { creditLedgerModel } from '#src/models/credit-ledger.ts';
import {
  debitForGeneration,
  getBalance,
  grantCredits,
  refundGeneration,
} from '#src/services/credits.ts';
import { build } from '#test/helpers/build.ts';

describe('credits ledger', async () => {
  const app = await build();
  const db = app.db;
  const newUser = () => new Types.ObjectId().toString();

  async function ledgerOf(userId: string) {
    return creditLedgerModel(db).find({ userId }).sort({ seq: 1 }).lean();
  }

  it('starts at zero and grants once per reference', async () => {
    const user = newUser();
    expect(await getBalance(db, user)).toBe(0);
    const first = await grantCredits(db, user, 'order-1', 5);
    const again = await grantCredits(db, user, 'order-1', 5);
    expect(first).toMatchObject({ applied: true, balance: 5 });
    expect(again).toMatchObject({ applied: false, balance: 5 });
    expect(await getBalance(db, user)).toBe(5);
  });

  it('50 parallel 1-credit debits against 10: exactly 10 succeed, never negative', async () => {
    const user = newUser();
    await grantCredits(db, user, 'topup', 10);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        debitForGeneration(db, user, new Types.ObjectId().toString(), 1),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        statusCode: 402,
        code: 'insufficient_credits',
      });
    }
    const rows = await ledgerOf(user);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(rows.every((r) => r.balanceAfter >= 0)).toBe(true);
    expect(rows.reduce((sum, r) => sum + r.delta, 0)).toBe(rows.at(-1)!.balanceAfter);
    expect(await getBalance(db, user)).toBe(0);
  });

  it('debits the same generation once, even when asked concurrently', async () => {
    const user = newUser();
    await grantCredits(db, user, 'topup', 10);
    const generationId = new Types.ObjectId().toString();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => debitForGeneration(db, user, generationId, 4)),
    );
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    expect(await getBalance(db, user)).toBe(6);
  });

  it('refunds a failed generation exactly once under concurrent attempts', async () => {
    const user = newUser();
    await grantCredits(db, user, 'topup', 10);
    const generationId = new Types.ObjectId().toString();
    await debitForGeneration(db, user, generationId, 3);
    const refunds = await Promise.all(
      Array.from({ length: 15 }, () => refundGeneration(db, user, generationId)),
    );
    expect(refunds.filter((r) => r?.applied)).toHaveLength(1);
    expect(await getBalance(db, user)).toBe(10);
    const rows = await ledgerOf(user);
    expect(rows.map((r) => r.opKey)).toEqual([
      'grant:topup',
      `debit:${generationId}`,
      `refund:${generationId}`,
    ]);
  });

  it('refunds nothing for a generation that was never debited', async () => {
    const user = newUser();
    expect(await refundGeneration(db, user, new Types.ObjectId().toString())).toBeUndefined();
    expect(await ledgerOf(user)).toHaveLength(0);
  });

  it('reports the balance when a debit is refused', async () => {
    const user = newUser();
    await grantCredits(db, user, 'topup', 2);
    await expect(
      debitForGeneration(db, user, new Types.ObjectId().toString(), 3),
    ).rejects.toMatchObject({ statusCode: 402, details: { balance: 2, needed: 3 } });
  });

  it('has the unique indexes that keep it race-free', async () => {
    const indexes = await creditLedgerModel(db).collection.indexes();
    const unique = indexes.filter((i) => i.unique).map((i) => i.key);
    expect(unique).toEqual(
      expect.arrayContaining([
        { userId: 1, seq: 1 },
        { userId: 1, opKey: 1 },
      ]),
    );
  });
});
