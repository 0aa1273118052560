import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from 'mongoose';
import { AppError } from '../lib/errors.ts';
import { creditLedgerModel } from '../models/credit-ledger.ts';
import { isDuplicateKey } from '../lib/duplicate-key.ts';

/**
 * Credits, kept race-free on a database without atomic updates (FerretDB): every change is a
 * new ledger row appended after the latest one, guarded by unique (userId, seq) and unique
 * (userId, opKey). Losing a race on `seq` means someone else appended first: read again and
 * retry. Clashing on `opKey` means this very operation already happened: report it, never
 * apply it twice.
 */

const MAX_ATTEMPTS = 200;

export interface LedgerRow {
  seq: number;
  opKey: string;
  delta: number;
  balanceAfter: number;
  at: Date;
}

export interface AppendResult {
  /** False when a row with this opKey already existed (the operation had happened before). */
  applied: boolean;
  balance: number;
  row: LedgerRow;
}

async function latestRow(db: Connection, userId: string): Promise<LedgerRow | null> {
  return creditLedgerModel(db).findOne({ userId }).sort({ seq: -1 }).lean<LedgerRow>().exec();
}

/** The current balance: the latest row's `balanceAfter`, 0 without any row. */
export async function getBalance(db: Connection, userId: string): Promise<number> {
  return (await latestRow(db, userId))?.balanceAfter ?? 0;
}

/** The most recent rows, newest first. */
export async function recentEntries(
  db: Connection,
  userId: string,
  limit = 20,
): Promise<LedgerRow[]> {
  return creditLedgerModel(db)
    .find({ userId })
    .sort({ seq: -1 })
    .limit(limit)
    .lean<LedgerRow[]>()
    .exec();
}

async function findOp(db: Connection, userId: string, opKey: string) {
  return creditLedgerModel(db).findOne({ userId, opKey }).lean<LedgerRow>().exec();
}

export const insufficientCredits = (balance: number, needed: number) =>
  new AppError(
    402,
    'insufficient_credits',
    `This generation costs ${needed} credit${needed === 1 ? '' : 's'} and your balance is ${balance}. Buy more credits or use your own API key.`,
    { details: { balance, needed } },
  );

/**
 * Appends one operation to the user's ledger exactly once. `delta` < 0 refuses to take the
 * balance below zero (402 insufficient_credits). Retries on a lost `seq` race with a little
 * random backoff so fifty concurrent writers do not keep colliding in lockstep.
 */
export async function appendOnce(
  db: Connection,
  userId: string,
  opKey: string,
  delta: number,
  now: () => Date = () => new Date(),
): Promise<AppendResult> {
  if (!Number.isInteger(delta) || delta === 0)
    throw new RangeError('delta must be a non-zero integer');
  const Ledger = creditLedgerModel(db);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const latest = await latestRow(db, userId);
    const balance = latest?.balanceAfter ?? 0;
    if (latest?.opKey === opKey) return { applied: false, balance, row: latest };
    if (balance + delta < 0) {
      // The operation may have been applied before other rows were appended after it.
      const done = await findOp(db, userId, opKey);
      if (done) return { applied: false, balance, row: done };
      throw insufficientCredits(balance, -delta);
    }
    const row: LedgerRow = {
      seq: (latest?.seq ?? 0) + 1,
      opKey,
      delta,
      balanceAfter: balance + delta,
      at: now(),
    };
    try {
      await Ledger.create({ userId, ...row });
      return { applied: true, balance: row.balanceAfter, row };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const done = await findOp(db, userId, opKey);
      if (done) return { applied: false, balance: await getBalance(db, userId), row: done };
      await sleep(Math.floor(Math.random() * Math.min(50, 2 + attempt * 2)));
    }
  }
  throw new AppError(
    503,
    'credits_busy',
    'Your credits are being updated by many requests at once. Try again in a moment.',
    { headers: { 'retry-after': '1' } },
  );
}

/** Takes `credits` for a generation, once per generation id. */
export function debitForGeneration(
  db: Connection,
  userId: string,
  generationId: string,
  credits: number,
) {
  return appendOnce(db, userId, `debit:${generationId}`, -credits);
}

/**
 * Gives back what a failed generation took, at most once (by the unique opKey), however many
 * requests notice the failure at the same time. Nothing happens when nothing was debited.
 */
export async function refundGeneration(
  db: Connection,
  userId: string,
  generationId: string,
): Promise<AppendResult | undefined> {
  const debit = await findOp(db, userId, `debit:${generationId}`);
  if (!debit) return undefined;
  return appendOnce(db, userId, `refund:${generationId}`, -debit.delta);
}

/** Adds purchased or promotional credits; the same reference grants only once. */
export function grantCredits(db: Connection, userId: string, reference: string, credits: number) {
  if (!Number.isInteger(credits) || credits <= 0) throw new RangeError('credits must be positive');
  return appendOnce(db, userId, `grant:${reference}`, credits);
}
