import { describe, expect, it } from 'vitest';
import { isAppError } from '#src/lib/errors.ts';
import { apiKeyModel } from '#src/models/api-key.ts';
import { markKeyInvalid, markKeyUsed, openKey } from '#src/services/api-keys.ts';
import { bearer, build } from '#test/helpers/build.ts';

const owner = '6500000000000000000000a1';
const stranger = '6500000000000000000000b2';
const plaintext = 'sk-sandbox-valid-0000service';

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    expect(isAppError(error)).toBe(true);
    return error as { statusCode: number; code: string };
  }
  throw new Error('expected a rejection');
}

describe('the key service other modules use (openKey, markKeyUsed, markKeyInvalid)', async () => {
  const app = await build({}, { listen: true });
  const res = await app.inject({
    method: 'POST',
    url: '/api/user/api-keys',
    headers: bearer(app, owner),
    payload: { provider: 'sandbox', apiKey: plaintext },
  });
  const keyId: string = res.json().id;
  const auditActions = async () =>
    (await app.db.db!.collection('audit_events').find({ keyId }).sort({ at: 1 }).toArray()).map(
      (e) => e.action,
    );

  it("opens the owner's key, and only theirs", async () => {
    const opened = await openKey(app, owner, keyId);
    expect(opened.apiKey).toBe(plaintext);
    expect(opened.doc.provider).toBe('sandbox');
    expect(await rejection(openKey(app, stranger, keyId))).toMatchObject({ statusCode: 404 });
    expect(await rejection(openKey(app, owner, 'not-an-id'))).toMatchObject({ statusCode: 404 });
  });

  it('records a use: lastUsedAt and a key.used audit event', async () => {
    await markKeyUsed(app, keyId, 'req-use-1');
    const doc = await apiKeyModel(app.db).findById(keyId).lean();
    expect(doc!.lastUsedAt).toBeInstanceOf(Date);
    expect(await auditActions()).toContain('key.used');
  });

  it('marks a key invalid at once after a provider 401', async () => {
    await markKeyInvalid(app, keyId, 'req-gen-401');
    const listed = await app.inject({
      method: 'GET',
      url: '/api/user/api-keys',
      headers: bearer(app, owner),
    });
    expect(listed.json().keys[0]).toMatchObject({ status: 'invalid', isValid: false });
    const event = await app.db.db!.collection('audit_events').findOne({ requestId: 'req-gen-401' });
    expect(event).toMatchObject({ action: 'key.invalid', userId: owner, outcome: 'provider_401' });
  });

  it('refuses to open a key sealed for another row', async () => {
    const doc = (await apiKeyModel(app.db).findById(keyId).lean())!;
    const { _id, ...row } = doc;
    const twin = await apiKeyModel(app.db).create({ ...row, keyName: 'twin' });
    const error = await rejection(openKey(app, owner, twin._id.toString()));
    expect(error).toMatchObject({ statusCode: 409, code: 'key_unreadable' });
    expect(String(_id)).toBe(keyId);
  });
});
