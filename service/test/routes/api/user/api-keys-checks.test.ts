import { describe, expect, it } from 'vitest';
import { apiKeyAad, apiKeyModel, type ApiKeyDoc } from '#src/models/api-key.ts';
import { REVALIDATE_AFTER_MS } from '#src/services/api-keys.ts';
import { bearer, build } from '#test/helpers/build.ts';

let users = 0;
const newUser = () => `64c0000000000000000000${(++users).toString(16).padStart(2, '0')}`;

describe('API keys: what the provider says, and keys that cannot be read', async () => {
  const app = await build({ PROVIDER_TIMEOUT_MS: '400' }, { listen: true });

  async function addKey(user: string, apiKey: string, keyName = 'k') {
    const res = await app.inject({
      method: 'POST',
      url: '/api/user/api-keys',
      headers: bearer(app, user),
      payload: { provider: 'sandbox', keyName, apiKey },
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  }
  const validate = (user: string, id: string) =>
    app.inject({
      method: 'POST',
      url: `/api/user/api-keys/${id}/validate`,
      headers: bearer(app, user),
    });
  const stored = (id: string) => apiKeyModel(app.db).findById(id).lean<ApiKeyDoc>();
  /** What happens when the user's key changes at the provider: same row, another key behind it. */
  async function swapKeyAtProvider(id: string, apiKey: string) {
    const doc = (await stored(id))!;
    await apiKeyModel(app.db).updateOne(
      { _id: id },
      { $set: app.vault.encrypt(apiKey, apiKeyAad(doc)) },
    );
  }

  it('refuses a key the provider rejects (401): 400 naming the key field, nothing stored', async () => {
    const user = newUser();
    const res = await app.inject({
      method: 'POST',
      url: '/api/user/api-keys',
      headers: bearer(app, user),
      payload: { provider: 'sandbox', keyName: 'k', apiKey: 'sk-sandbox-invalid-0000' },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('key_invalid');
    expect(error.message).toMatch(/rejected this key \(401\), so it was not saved/);
    expect(error.details).toEqual([
      { field: 'apiKey', message: expect.stringMatching(/rejected/) },
    ]);
    expect(JSON.stringify(error)).not.toContain('sk-sandbox-invalid-0000');
    expect(await apiKeyModel(app.db).countDocuments({ userId: user })).toBe(0);
    // The name stays free: the same name with a working key is accepted.
    expect((await addKey(user, 'sk-sandbox-valid-0000')).status).toBe('valid');
  });

  it.each([
    ['sk-sandbox-restricted-0000', 'restricted', 'key_restricted'],
    ['sk-sandbox-rate-limited-0000', 'unchecked', 'not_checked'],
    ['sk-sandbox-unavailable-0000', 'unchecked', 'not_checked'],
    ['sk-sandbox-slow-0000', 'unchecked', 'not_checked'],
  ])('stores %s on add with status %s and a %s warning', async (apiKey, status, warning) => {
    const created = await addKey(newUser(), apiKey);
    expect(created.status).toBe(status);
    expect(created.warnings.map((w: { code: string }) => w.code)).toEqual([warning]);
  });

  it('names the expected prefix when a key without it is rejected', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/user/api-keys',
      headers: bearer(app, newUser()),
      payload: { provider: 'sandbox', keyName: 'k', apiKey: 'SK-SANDBOX-VALID-0000' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/keys start with "sk-sandbox-"/);
  });

  it.each([
    ['sk-sandbox-invalid-0000', 'invalid', false],
    ['sk-sandbox-restricted-0000', 'restricted', false],
  ])('on validate, %s → %s', async (apiKey, status, isValid) => {
    const user = newUser();
    const { id } = await addKey(user, 'sk-sandbox-valid-0000');
    await swapKeyAtProvider(id, apiKey);
    const res = await validate(user, id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status, isValid, outcome: 'checked' });
    expect((await stored(id))!.status).toBe(status);
  });

  it.each([
    ['sk-sandbox-rate-limited-0000', /rate limiting/],
    ['sk-sandbox-unavailable-0000', /had a problem/],
    ['sk-sandbox-slow-0000', /did not answer in time/],
  ])(
    'on validate, %s → "could not check" and the stored status is unchanged',
    async (apiKey, reason) => {
      const user = newUser();
      const { id, lastValidatedAt } = await addKey(user, 'sk-sandbox-restricted-0000');
      await swapKeyAtProvider(id, apiKey);
      const res = await validate(user, id);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'restricted',
        isValid: false,
        outcome: 'could_not_check',
        checkedAt: lastValidatedAt,
      });
      expect(res.json().message).toMatch(reason);
      expect(res.json().message).toMatch(/status is unchanged/);
      const doc = (await stored(id))!;
      expect(doc.status).toBe('restricted');
      expect(doc.lastValidatedAt!.toISOString()).toBe(lastValidatedAt);
    },
  );

  it('re-checks a key lazily when its last check is older than 24 h, and only then', async () => {
    const user = newUser();
    const { id } = await addKey(user, 'sk-sandbox-valid-0000');
    await swapKeyAtProvider(id, 'sk-sandbox-invalid-0000'); // revoked at the provider
    const list = () =>
      app.inject({ method: 'GET', url: '/api/user/api-keys', headers: bearer(app, user) });

    expect((await list()).json().keys[0].status).toBe('valid'); // checked moments ago: trusted

    const dayAgo = new Date(Date.now() - REVALIDATE_AFTER_MS - 60_000);
    await apiKeyModel(app.db).updateOne({ _id: id }, { $set: { lastCheckAttemptAt: dayAgo } });
    expect((await list()).json().keys[0].status).toBe('invalid');
    const events = await app.db.db!.collection('audit_events').find({ keyId: id }).toArray();
    expect(events.map((e) => e.action)).toContain('key.invalid');
  });

  it('fails closed on a tampered ciphertext: the key must be re-entered, no 500', async () => {
    const user = newUser();
    const { id } = await addKey(user, 'sk-sandbox-valid-0000');
    const doc = (await stored(id))!;
    const bytes = Buffer.from(doc.ciphertext, 'base64');
    bytes[3]! ^= 0xff;
    await apiKeyModel(app.db).updateOne(
      { _id: id },
      { $set: { ciphertext: bytes.toString('base64') } },
    );

    const res = await validate(user, id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'key_unreadable' });
    expect(res.json().error.message).toMatch(/Remove it and add it again/);
    // The list still works, and deleting the broken key is possible.
    const listed = await app.inject({
      method: 'GET',
      url: '/api/user/api-keys',
      headers: bearer(app, user),
    });
    expect(listed.statusCode).toBe(200);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/user/api-keys/${id}`,
      headers: bearer(app, user),
    });
    expect(removed.statusCode).toBe(204);
  });

  it('fails closed on a row copied to another user (AAD mismatch)', async () => {
    const owner = newUser();
    const thief = newUser();
    const { id } = await addKey(owner, 'sk-sandbox-valid-0000');
    const { _id, ...row } = (await app.db
      .db!.collection('user_api_keys')
      .findOne({ _id: (await stored(id))!._id }))!;
    const copy = await app.db.db!.collection('user_api_keys').insertOne({ ...row, userId: thief });

    const res = await validate(thief, copy.insertedId.toString());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('key_unreadable');
    expect(String(_id)).toBe(id);
  });

  it('keeps listing a key whose provider the operator removed, and says so when it is checked', async () => {
    const user = newUser();
    const { Types } = await import('mongoose');
    const _id = new Types.ObjectId();
    const sealed = app.vault.encrypt(
      'gw-fake-0000',
      apiKeyAad({ userId: user, provider: 'gone-gateway', _id }),
    );
    await apiKeyModel(app.db).create({
      _id,
      userId: user,
      provider: 'gone-gateway',
      keyName: 'old',
      ...sealed,
      keySuffix: '0000',
      status: 'valid',
      isValid: true,
      lastCheckAttemptAt: new Date(Date.now() - 2 * REVALIDATE_AFTER_MS),
    });
    const listed = await app.inject({
      method: 'GET',
      url: '/api/user/api-keys',
      headers: bearer(app, user),
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().keys[0]).toMatchObject({ provider: 'gone-gateway', status: 'valid' });
    const res = await validate(user, _id.toString());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('provider_not_offered');
  });
});
