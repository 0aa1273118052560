import { describe, expect, it } from 'vitest';
import { apiKeyAad, apiKeyModel, sealedOf } from '#src/models/api-key.ts';
import { demoKeys, seedDemoKeys } from '#src/seed/keys.ts';
import { demoUsers } from '#src/seed/demo-data.ts';
import { bearer, build } from '#test/helpers/build.ts';

const byok = demoUsers.find((u) => u.persona === 'byok')!;
const free = demoUsers.find((u) => u.persona === 'free')!;

describe('demo keys', async () => {
  const app = await build({ SEED_DEMO: '1' }, { listen: true });

  it('gives the byok persona one valid sandbox key, and the free persona none', async () => {
    const mine = await app.inject({
      method: 'GET',
      url: '/api/user/api-keys',
      headers: bearer(app, byok.id),
    });
    expect(mine.json().keys).toEqual([
      expect.objectContaining({ provider: 'sandbox', status: 'valid', masked: '••••0001' }),
    ]);
    const theirs = await app.inject({
      method: 'GET',
      url: '/api/user/api-keys',
      headers: bearer(app, free.id),
    });
    expect(theirs.json().keys).toEqual([]);
  });

  it('seals it like any other key, and the sandbox confirms it', async () => {
    const doc = await apiKeyModel(app.db).findById(demoKeys[0].id).lean();
    expect(app.vault.decrypt(sealedOf(doc!), apiKeyAad(doc!))).toBe(demoKeys[0].apiKey);
    const res = await app.inject({
      method: 'POST',
      url: `/api/user/api-keys/${demoKeys[0].id}/validate`,
      headers: bearer(app, byok.id),
    });
    expect(res.json()).toMatchObject({ status: 'valid', outcome: 'checked' });
  });

  it('is idempotent', async () => {
    expect(await seedDemoKeys(app)).toBe(0);
    expect(await apiKeyModel(app.db).countDocuments({})).toBe(demoKeys.length);
  });
});
