import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import {
  ApiKeyAuditList,
  ApiKeyList,
  CreateApiKeyResult,
  ValidateApiKeyResult,
} from '@scenra/contracts';
import { apiKeyModel } from '#src/models/api-key.ts';
import { bearer, build } from '#test/helpers/build.ts';
import { captureLogs, dumpDatabase } from '#test/helpers/capture.ts';

const alice = '64b0000000000000000000a1';
const bob = '64b0000000000000000000b2';

describe('API keys: add → list → validate → delete, and no plaintext anywhere', async () => {
  const logs = captureLogs();
  const app = await build({}, { listen: true, logStream: logs.stream });
  const responses: string[] = [];
  const call = async (options: InjectOptions, user = alice) => {
    const res = await app.inject({
      ...options,
      headers: { ...bearer(app, user), ...options.headers },
    });
    responses.push(JSON.stringify(res.headers), res.body);
    return res;
  };
  const plaintext = 'sk-sandbox-valid-0000roundtrip';
  let keyId = '';

  it('adds a key (trimmed, checked with the provider) and answers with a masked summary', async () => {
    const res = await call({
      method: 'POST',
      url: '/api/user/api-keys',
      payload: { provider: 'sandbox', keyName: 'Main', apiKey: `  ${plaintext}\n` },
    });
    expect(res.statusCode).toBe(201);
    const created = CreateApiKeyResult.parse(res.json());
    expect(created).toMatchObject({
      provider: 'sandbox',
      keyName: 'Main',
      masked: '••••trip',
      status: 'valid',
      isValid: true,
      lastUsedAt: null,
      warnings: [],
    });
    expect(created.lastValidatedAt).not.toBeNull();
    keyId = created.id;
  });

  it('lists it masked', async () => {
    const res = await call({ method: 'GET', url: '/api/user/api-keys' });
    expect(res.statusCode).toBe(200);
    const { keys } = ApiKeyList.parse(res.json());
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ id: keyId, masked: '••••trip', status: 'valid' });
  });

  it('stores it sealed, with its version, suffix and status', async () => {
    const raw = await app.db.db!.collection('user_api_keys').findOne({});
    expect(raw).toMatchObject({
      userId: alice,
      provider: 'sandbox',
      keyVersion: 'v1',
      keySuffix: 'trip',
    });
    expect(Buffer.from(raw!.iv, 'base64')).toHaveLength(12);
    expect(raw).not.toHaveProperty('apiKey');
  });

  it('validates it with the provider', async () => {
    const res = await call({ method: 'POST', url: `/api/user/api-keys/${keyId}/validate` });
    expect(res.statusCode).toBe(200);
    expect(ValidateApiKeyResult.parse(res.json())).toMatchObject({
      isValid: true,
      status: 'valid',
      outcome: 'checked',
    });
  });

  it("shows the key's audit trail, newest first", async () => {
    const res = await call({ method: 'GET', url: `/api/user/api-keys/${keyId}/audit` });
    expect(res.statusCode).toBe(200);
    const { events } = ApiKeyAuditList.parse(res.json());
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ['key.validated', 'valid'],
      ['key.created', 'valid'],
    ]);
  });

  it('answers 404 to another user for delete, validate and audit, and lists nothing of mine', async () => {
    const theirs = await call({ method: 'GET', url: '/api/user/api-keys' }, bob);
    expect(theirs.json()).toEqual({ keys: [] });
    const missing = await call(
      { method: 'DELETE', url: '/api/user/api-keys/65b0000000000000000fffff' },
      bob,
    );
    for (const [method, url] of [
      ['DELETE', `/api/user/api-keys/${keyId}`],
      ['POST', `/api/user/api-keys/${keyId}/validate`],
      ['GET', `/api/user/api-keys/${keyId}/audit`],
    ] as const) {
      const res = await call({ method, url }, bob);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toEqual(missing.json());
    }
    expect(await apiKeyModel(app.db).countDocuments({ _id: keyId })).toBe(1);
  });

  it('deletes it (204), then it is gone for every route', async () => {
    const res = await call({ method: 'DELETE', url: `/api/user/api-keys/${keyId}` });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await call({ method: 'GET', url: '/api/user/api-keys' })).json()).toEqual({ keys: [] });
    expect(
      (await call({ method: 'GET', url: `/api/user/api-keys/${keyId}/audit` })).statusCode,
    ).toBe(404);
    const deleted = await app.db
      .db!.collection('audit_events')
      .findOne({ keyId, action: 'key.deleted' });
    expect(deleted).toMatchObject({ userId: alice });
  });

  it('documents the key routes in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/user/api-keys',
        '/api/user/api-keys/{id}',
        '/api/user/api-keys/{id}/validate',
        '/api/user/api-keys/{id}/audit',
      ]),
    );
    expect(Object.keys(doc.paths).some((path) => path.startsWith('/sandbox'))).toBe(false);
  });

  it('redacts key fields and authorization headers should anything log them', () => {
    app.log.info(
      { apiKey: plaintext, req: { headers: { authorization: `Bearer ${plaintext}` } } },
      'probe',
    );
    const probe = logs
      .text()
      .split('\n')
      .find((line) => line.includes('"probe"'));
    expect(probe).toContain('[redacted]');
  });

  it('never let the plaintext reach the database, the logs, a response or the audit rows', async () => {
    const everything = await dumpDatabase(app.db);
    expect(everything).toContain('audit_events'); // the dump really covers the audit rows
    expect(everything).not.toContain(plaintext);
    expect(everything).not.toContain(plaintext.slice(0, -4)); // nor any long part of it
    const logText = logs.text();
    expect(logText).toContain('/api/user/api-keys'); // the capture really saw these requests
    expect(logText).toContain('/sandbox/v1/models'); // and the provider calls
    expect(logText).not.toContain(plaintext);
    expect(responses.join('\n')).not.toContain(plaintext);
  });
});
