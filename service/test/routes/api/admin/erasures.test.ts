import { describe, expect, it } from 'vitest';
import { ErasureReport } from '@scenra/contracts';
import { grantCredits } from '#src/services/credits.ts';
import { creditLedgerModel } from '#src/models/credit-ledger.ts';
import { userModel } from '#src/models/user.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { makeFootprint } from '#test/helpers/footprint.ts';
import { newUserId } from '#test/helpers/videos.ts';

const SERVICE_TOKEN = 'test-service-token-0123456789abcdef';

describe('POST /api/admin/erasures', async () => {
  const app = await build({ SANDBOX_RENDER_MS: '300', SERVICE_TOKEN }, { listen: true });
  const erase = (userId: string, token = SERVICE_TOKEN) =>
    app.inject({
      method: 'POST',
      url: '/api/admin/erasures',
      headers: { 'x-service-token': token },
      payload: { userId },
    });

  /** Every document of every collection (GridFS included) that mentions the user id. */
  async function mentionsOf(userId: string): Promise<string[]> {
    const found: string[] = [];
    for (const { name } of await app.db.db!.listCollections().toArray()) {
      for (const doc of await app.db.db!.collection(name).find().toArray()) {
        if (JSON.stringify(doc).includes(userId))
          found.push(`${name}: ${JSON.stringify(doc).slice(0, 120)}`);
      }
    }
    return found;
  }

  it('refuses without the service token, and a user token does not do', async () => {
    const me = newUserId();
    expect((await erase(me, 'wrong-token-wrong-token-wrong-token')).statusCode).toBe(401);
    const asUser = await app.inject({
      method: 'POST',
      url: '/api/admin/erasures',
      headers: bearer(app, me, 'premium'),
      payload: { userId: me },
    });
    expect(asUser.statusCode).toBe(401);
  });

  it('removes everything of one user, keeps the ledger under a pseudonym, and reports it', async () => {
    const me = newUserId();
    const other = newUserId();
    await makeFootprint(app, me);
    await makeFootprint(app, other);
    await userModel(app.db).create({
      _id: me,
      displayName: 'Erin Example',
      email: 'erin@example.test',
      tier: 'premium',
    });
    expect((await mentionsOf(me)).length).toBeGreaterThan(5);

    const res = await erase(me);
    expect(res.statusCode).toBe(200);
    const report = ErasureReport.parse(res.json());
    expect(report.removed).toEqual({
      account: 1,
      apiKeys: 1,
      videos: 1,
      storedPdfs: 1,
      shares: 1,
      shareViews: 1,
      generations: 1,
      files: 1,
      auditEvents: expect.any(Number),
    });
    expect(report.removed.auditEvents).toBeGreaterThan(0);
    // grant + debit for the generation
    expect(report.kept.ledgerEntries).toBe(2);

    expect(await mentionsOf(me)).toEqual([]);
    expect(JSON.stringify(await app.db.db!.collection('users').find().toArray())).not.toContain(
      'erin@example.test',
    );
    const kept = await creditLedgerModel(app.db).find({ userId: report.kept.ledgerHolder }).lean();
    const balance = kept.reduce((sum, row) => sum + row.delta, 0);
    expect(balance).toBe(kept.toSorted((a, b) => a.seq - b.seq).at(-1)!.balanceAfter);
    // The other user is untouched.
    expect((await mentionsOf(other)).length).toBeGreaterThan(5);
    const theirs = await app.inject({ url: '/api/videos', headers: bearer(app, other, 'premium') });
    expect(theirs.json().videos).toHaveLength(1);

    // Erasing again finds nothing.
    const again = ErasureReport.parse((await erase(me)).json());
    expect(Object.values(again.removed).every((n) => n === 0)).toBe(true);
  });

  it('erases a user again after they came back and bought credits anew', async () => {
    const me = newUserId();
    await grantCredits(app.db, me, 'order-a', 5);
    const first = ErasureReport.parse((await erase(me)).json());
    await grantCredits(app.db, me, 'order-b', 7);
    const second = await erase(me);
    expect(second.statusCode).toBe(200);
    const report = ErasureReport.parse(second.json());
    expect(report.kept.ledgerEntries).toBe(1);
    expect(report.kept.ledgerHolder).not.toBe(first.kept.ledgerHolder);
    expect(await mentionsOf(me)).toEqual([]);
  });
});
