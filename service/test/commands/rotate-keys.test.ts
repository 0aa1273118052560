import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { rotateKeys } from '#src/services/key-rotation.ts';
import { bearer, build, testEnv, TEST_JWT_SECRET } from '#test/helpers/build.ts';
import { dumpDatabase } from '#test/helpers/capture.ts';

const serviceDir = fileURLToPath(new URL('../..', import.meta.url));
const secret = () => randomBytes(32).toString('base64url');
const s1 = `v1:${secret()}`;
const s2 = `v2:${secret()}`;
const users = ['64f0000000000000000000a1', '64f0000000000000000000b2'];
const plaintexts = [
  'sk-sandbox-valid-0000rot1',
  'sk-sandbox-valid-0000rot2',
  'sk-sandbox-valid-0000rot3',
];
const shareToken = 'share-token-fake-0000rotation0000';

describe('rotate-keys', async () => {
  const mongoUri = testEnv().MONGODB_URI!;
  const v1App = await build({ ENCRYPTION_SECRETS: s1, MONGODB_URI: mongoUri }, { listen: true });
  const ids: Array<{ user: string; id: string }> = [];
  for (const [i, apiKey] of plaintexts.entries()) {
    const user = users[i % 2]!;
    const res = await v1App.inject({
      method: 'POST',
      url: '/api/user/api-keys',
      headers: bearer(v1App, user),
      payload: { provider: 'sandbox', keyName: `k${i}`, apiKey },
    });
    expect(res.statusCode).toBe(201);
    ids.push({ user, id: res.json().id });
  }
  // A share link's sealed token lives in the same vault and must move too.
  const shareId = new Types.ObjectId();
  const shareAad = `${users[0]}|share|${shareId.toString()}`;
  await v1App.db.db!.collection('shares').insertOne({
    _id: shareId,
    ownerId: new Types.ObjectId(users[0]),
    sealedToken: v1App.vault.encrypt(shareToken, shareAad),
  });

  const both = await build(
    { ENCRYPTION_SECRETS: `${s2},${s1}`, MONGODB_URI: mongoUri },
    { listen: true },
  );
  const validate = (app: typeof both, { user, id }: { user: string; id: string }) =>
    app.inject({
      method: 'POST',
      url: `/api/user/api-keys/${id}/validate`,
      headers: bearer(app, user),
    });
  const versions = async () =>
    (await both.db.db!.collection('user_api_keys').find({}).sort({ _id: 1 }).toArray()).map(
      (d) => d.keyVersion,
    );

  it('keeps v1 rows readable once v2 is active, and seals new rows with v2', async () => {
    expect((await validate(both, ids[0]!)).json()).toMatchObject({
      status: 'valid',
      outcome: 'checked',
    });
    const added = await both.inject({
      method: 'POST',
      url: '/api/user/api-keys',
      headers: bearer(both, users[1]!),
      payload: { provider: 'sandbox', keyName: 'new', apiKey: 'sk-sandbox-valid-0000rot4' },
    });
    expect(added.statusCode).toBe(201);
    expect(await versions()).toEqual(['v1', 'v1', 'v1', 'v2']);
  });

  it('stops cleanly when interrupted, every row still readable', async () => {
    const aborted = new AbortController();
    aborted.abort();
    const none = await rotateKeys(both.db, both.vault, { signal: aborted.signal });
    expect(none.user_api_keys).toMatchObject({ rotated: 0, remaining: 3 });

    const partial = await rotateKeys(both.db, both.vault, { limit: 2 });
    expect(partial.user_api_keys).toMatchObject({
      rotated: 2,
      remaining: 1,
      current: 3,
      unreadable: 0,
    });
    expect(partial.shares).toMatchObject({ rotated: 0, remaining: 1 });
    for (const key of ids) expect((await validate(both, key)).statusCode).toBe(200);
  });

  it('resumes from the command line and moves every row to v2, reporting counts', () => {
    const run = spawnSync(process.execPath, ['src/commands/rotate-keys.ts'], {
      cwd: serviceDir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        MONGODB_URI: mongoUri,
        JWT_SECRET: TEST_JWT_SECRET,
        ENCRYPTION_SECRETS: `${s2},${s1}`,
        DATA_DIR: testEnv().DATA_DIR,
      },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout.split('\n')[0]!);
    expect(report).toMatchObject({
      activeVersion: 'v2',
      user_api_keys: { rotated: 1, remaining: 0, current: 4, unreadable: 0 },
      shares: { rotated: 1, remaining: 0, current: 1 },
    });
    expect(run.stdout).toMatch(/Secrets other than v2 can now be removed/);
    for (const secretText of [s1, s2]) expect(run.stdout).not.toContain(secretText.slice(3));
  });

  it('leaves nothing to do on a second run', async () => {
    const again = await rotateKeys(both.db, both.vault);
    expect(again.user_api_keys).toMatchObject({ rotated: 0, remaining: 0, current: 4 });
  });

  it('after which v1 can be removed: every key and share token opens with v2 alone', async () => {
    const v2App = await build({ ENCRYPTION_SECRETS: s2, MONGODB_URI: mongoUri }, { listen: true });
    for (const key of ids) {
      expect((await validate(v2App, key)).json()).toMatchObject({
        status: 'valid',
        outcome: 'checked',
      });
    }
    const share = await v2App.db.db!.collection('shares').findOne({ _id: shareId });
    expect(v2App.vault.decrypt(share!.sealedToken, shareAad)).toBe(shareToken);
  });

  it('audits each rotation without key material', async () => {
    const rotated = await both.db
      .db!.collection('audit_events')
      .find({ action: 'keys.rotated' })
      .toArray();
    expect(rotated).toHaveLength(4);
    expect(rotated.every((e) => e.outcome === 'v1→v2')).toBe(true);
    const dump = await dumpDatabase(both.db);
    for (const text of [...plaintexts, shareToken]) expect(dump).not.toContain(text);
  });

  it('refuses to run with a weak secret, naming the variable (exit 78)', () => {
    const run = spawnSync(process.execPath, ['src/commands/rotate-keys.ts'], {
      cwd: serviceDir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        MONGODB_URI: mongoUri,
        JWT_SECRET: randomBytes(48).toString('base64url'),
        JWT_ISSUER: 'https://host.example',
        JWT_AUDIENCE: 'scenra-ready',
        ENCRYPTION_SECRETS: 'v1:password',
      },
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toMatch(
      /ENCRYPTION_SECRETS: secret v1 must encode at least 32 random bytes/,
    );
    expect(run.stderr).not.toContain('password');
  });
});
