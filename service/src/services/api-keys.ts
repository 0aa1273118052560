import type { FastifyBaseLogger } from 'fastify';
import { Types, type Connection } from 'mongoose';
import {
  DEFAULT_KEY_NAME,
  maskKey,
  type ApiKeyAuditList,
  type ApiKeySummary,
  type ApiKeyWarning,
  type CreateApiKeyBody,
  type CreateApiKeyResult,
  type KeyStatus,
  type ValidateApiKeyResult,
} from '@scenra/contracts';
import { isDuplicateKey } from '../lib/duplicate-key.ts';
import { AppError, isAppError, notFound } from '../lib/errors.ts';
import type { Vault } from '../lib/vault.ts';
import { apiKeyAad, apiKeyModel, sealedOf, type ApiKeyDoc } from '../models/api-key.ts';
import { auditEventModel } from '../models/audit-event.ts';
import { checkKey, unavailableMessages, type KeyCheck } from '../providers/check-key.ts';
import type { ProviderRegistry } from '../providers/registry.ts';
import { audit } from './audit.ts';

/**
 * What handling users' keys needs: the vault seals and opens them, the providers check them,
 * the database keeps them and their audit trail.
 */
export interface KeyDeps {
  db: Connection;
  vault: Vault;
  providers: ProviderRegistry;
  log: FastifyBaseLogger;
}

/** A key whose last check is older than this is checked again when listed. */
export const REVALIDATE_AFTER_MS = 24 * 60 * 60 * 1000;

const keyNotFound = () => notFound('API key');

/** The operator removed the key's provider from the registry since the key was added. */
const providerGone = () =>
  new AppError(
    409,
    'provider_not_offered',
    "This key's provider is no longer offered here, so the key cannot be checked or used. Remove it.",
  );

/** What the API says about a key it cannot decrypt (tampered, copied, or its secret retired). */
export const keyMustBeReentered = () =>
  new AppError(
    409,
    'key_unreadable',
    'This API key can no longer be read. Remove it and add it again.',
    { details: { action: 're-enter' } },
  );

export function toSummary(doc: ApiKeyDoc): ApiKeySummary {
  return {
    id: doc._id.toString(),
    provider: doc.provider,
    keyName: doc.keyName,
    masked: maskKey(doc.keySuffix),
    status: doc.status as KeyStatus,
    isValid: doc.status === 'valid',
    lastValidatedAt: doc.lastValidatedAt?.toISOString() ?? null,
    lastUsedAt: doc.lastUsedAt?.toISOString() ?? null,
    createdAt: doc.createdAt.toISOString(),
  };
}

/** The user's key, or 404 — the same for a missing key and for someone else's. */
async function findOwnKey(deps: Pick<KeyDeps, 'db'>, userId: string, keyId: string) {
  if (!Types.ObjectId.isValid(keyId)) throw keyNotFound();
  // By `_id` alone, the owner checked here: FerretDB serves only an `_id`-only filter from
  // storage (anything more scans the collection); on MongoDB both use the `_id` index.
  const doc = await apiKeyModel(deps.db)
    .findOne({ _id: new Types.ObjectId(keyId) })
    .lean<ApiKeyDoc>();
  if (!doc || doc.userId !== userId) throw keyNotFound();
  return doc;
}

/**
 * Decrypts one of the user's keys for a provider call. The plaintext must stay in the
 * caller's memory only: never logged, stored or returned.
 * Throws 404 when the key is not the user's, 409 `key_unreadable` when it cannot be decrypted.
 */
export async function openKey(
  deps: Pick<KeyDeps, 'db' | 'vault' | 'log'>,
  userId: string,
  keyId: string,
): Promise<{ apiKey: string; doc: ApiKeyDoc }> {
  const doc = await findOwnKey(deps, userId, keyId);
  try {
    return { apiKey: deps.vault.decrypt(sealedOf(doc), apiKeyAad(doc)), doc };
  } catch (error) {
    if (!isAppError(error)) throw error;
    // Tampering or a row moved between users looks exactly like this: worth an operator's eye.
    deps.log.warn({ keyId, keyVersion: doc.keyVersion }, 'stored API key failed to decrypt');
    throw keyMustBeReentered();
  }
}

/** The status fields a provider answer sets; `unavailable` changes nothing but the attempt time. */
function statusUpdate(check: KeyCheck, at: Date) {
  if (check.outcome === 'unavailable') return { lastCheckAttemptAt: at };
  return {
    status: check.outcome,
    isValid: check.outcome === 'valid',
    lastValidatedAt: at,
    lastCheckAttemptAt: at,
  };
}

function checkOutcomeLabel(check: KeyCheck): string {
  return check.outcome === 'unavailable' ? `could_not_check:${check.reason}` : check.outcome;
}

/** Asks the provider about an opened key, stores what it said, and audits the check. */
async function checkAndRecord(
  deps: KeyDeps,
  doc: ApiKeyDoc,
  apiKey: string,
  requestId: string,
): Promise<{ doc: ApiKeyDoc; check: KeyCheck }> {
  if (!deps.providers.get(doc.provider)) throw providerGone();
  const check = await checkKey(deps.providers.client(doc.provider, apiKey));
  const update = statusUpdate(check, new Date());
  await apiKeyModel(deps.db).updateOne({ _id: doc._id }, { $set: update });
  await audit(deps, {
    userId: doc.userId,
    keyId: doc._id.toString(),
    action: check.outcome === 'invalid' ? 'key.invalid' : 'key.validated',
    requestId,
    outcome: checkOutcomeLabel(check),
  });
  return { doc: { ...doc, ...update } as ApiKeyDoc, check };
}

function warningsFor(
  body: CreateApiKeyBody,
  check: KeyCheck,
  provider: {
    label: string;
    keyPrefix?: string | undefined;
    status: string;
    statusNote?: string | undefined;
  },
): ApiKeyWarning[] {
  const warnings: ApiKeyWarning[] = [];
  if (provider.keyPrefix && !body.apiKey.startsWith(provider.keyPrefix))
    warnings.push({
      code: 'prefix_mismatch',
      message: `${provider.label} keys usually start with "${provider.keyPrefix}". Check that you pasted the right key.`,
    });
  if (provider.status === 'retired')
    warnings.push({
      code: 'provider_retired',
      message: provider.statusNote ?? `${provider.label} no longer generates video.`,
    });
  if (check.outcome === 'restricted')
    warnings.push({
      code: 'key_restricted',
      message: `${provider.label} accepted this key, but it lacks a permission video generation needs.`,
    });
  if (check.outcome === 'unavailable')
    warnings.push({ code: 'not_checked', message: unavailableMessages[check.reason] });
  return warnings;
}

const nameTaken = (keyName: string, providerLabel: string) =>
  new AppError(
    409,
    'key_name_taken',
    `keyName: you already have a ${providerLabel} key named "${keyName}". Choose another name or remove that key first.`,
    { details: [{ field: 'keyName', message: 'is already used for this provider' }] },
  );

/** A key the provider refused (401) is not stored: the form says so and keeps the input. */
const keyRefused = (providerLabel: string, prefixHint: string) =>
  new AppError(
    400,
    'key_invalid',
    `apiKey: ${providerLabel} rejected this key (401), so it was not saved.${prefixHint} Check that you copied all of it, or create a new key with the provider.`,
    {
      details: [
        {
          field: 'apiKey',
          message: `was rejected by ${providerLabel}: check that you copied all of it, or create a new one`,
        },
      ],
    },
  );

/**
 * Stores a new key: checks it with the provider first (the answer becomes its status), then
 * seals it with AAD `userId|provider|keyId`. Nothing is stored when the input is refused or
 * the provider rejects the key; a restricted key is stored with a warning, one the provider
 * could not check is stored as unchecked.
 */
export async function createKey(
  deps: KeyDeps,
  userId: string,
  body: CreateApiKeyBody,
  requestId: string,
): Promise<CreateApiKeyResult> {
  const provider = deps.providers.get(body.provider);
  if (!provider)
    throw new AppError(400, 'invalid_input', `provider: "${body.provider}" is not offered here.`, {
      details: [{ field: 'provider', message: 'is not offered here' }],
    });
  const keyName = body.keyName ?? DEFAULT_KEY_NAME;
  const ApiKey = apiKeyModel(deps.db);
  // A taken name is refused by the unique index on insert, not by a lookup first: that is
  // race-free, and on FerretDB such a lookup scans the collection (7x fewer adds per second).

  const check = await checkKey(deps.providers.client(provider.id, body.apiKey));
  if (check.outcome === 'invalid') {
    await audit(deps, { userId, action: 'key.invalid', requestId, outcome: 'refused_on_add' });
    const prefixHint =
      provider.keyPrefix && !body.apiKey.startsWith(provider.keyPrefix)
        ? ` ${provider.label} keys start with "${provider.keyPrefix}".`
        : '';
    throw keyRefused(provider.label, prefixHint);
  }
  const now = new Date();
  const _id = new Types.ObjectId();
  const sealed = deps.vault.encrypt(body.apiKey, apiKeyAad({ userId, provider: provider.id, _id }));
  let doc: ApiKeyDoc;
  try {
    const created = await ApiKey.create({
      _id,
      userId,
      provider: provider.id,
      keyName,
      ...sealed,
      keySuffix: body.apiKey.slice(-4),
      status: 'unchecked',
      isValid: false,
      ...statusUpdate(check, now),
    });
    doc = created.toObject() as ApiKeyDoc;
  } catch (error) {
    if (isDuplicateKey(error)) throw nameTaken(keyName, provider.label);
    throw error;
  }
  await audit(deps, {
    userId,
    keyId: _id.toString(),
    action: 'key.created',
    requestId,
    outcome: checkOutcomeLabel(check),
  });
  return { ...toSummary(doc), warnings: warningsFor(body, check, provider) };
}

/**
 * The user's keys, newest first. Keys not checked for 24 h are checked again first (lazily,
 * so a revoked key shows up as invalid without anyone pressing "validate").
 */
export async function listKeys(
  deps: KeyDeps,
  userId: string,
  requestId: string,
  now = new Date(),
): Promise<ApiKeySummary[]> {
  const docs = await apiKeyModel(deps.db)
    .find({ userId })
    .sort({ createdAt: -1 })
    .limit(100)
    .lean<ApiKeyDoc[]>();
  const fresh = await Promise.all(
    docs.map(async (doc) => {
      const lastAttempt = (doc.lastCheckAttemptAt ?? doc.createdAt).getTime();
      if (now.getTime() - lastAttempt < REVALIDATE_AFTER_MS) return doc;
      // A failed re-check must not cost the user their list: unreadable keys and retired
      // providers are reported when the key is validated or used.
      try {
        const apiKey = deps.vault.decrypt(sealedOf(doc), apiKeyAad(doc));
        return (await checkAndRecord(deps, doc, apiKey, requestId)).doc;
      } catch (error) {
        deps.log.warn(
          { keyId: doc._id.toString(), reason: isAppError(error) ? error.code : 'error' },
          'lazy key re-check skipped',
        );
        return doc;
      }
    }),
  );
  return fresh.map(toSummary);
}

/** `POST …/:id/validate`: asks the provider now. */
export async function validateKey(
  deps: KeyDeps,
  userId: string,
  keyId: string,
  requestId: string,
): Promise<ValidateApiKeyResult> {
  const { apiKey, doc } = await openKey(deps, userId, keyId);
  const { doc: after, check } = await checkAndRecord(deps, doc, apiKey, requestId);
  const status = after.status as KeyStatus;
  const messages: Record<Exclude<KeyCheck['outcome'], 'unavailable'>, string> = {
    valid: 'The key works.',
    invalid: 'The provider rejected this key. Check it, or create a new one with the provider.',
    restricted: 'The key works, but it lacks a permission video generation needs.',
  };
  return {
    isValid: status === 'valid',
    status,
    checkedAt: after.lastValidatedAt?.toISOString() ?? null,
    outcome: check.outcome === 'unavailable' ? 'could_not_check' : 'checked',
    message:
      check.outcome === 'unavailable'
        ? `${unavailableMessages[check.reason]} Its status is unchanged.`
        : messages[check.outcome],
  };
}

export async function deleteKey(
  deps: Pick<KeyDeps, 'db'>,
  userId: string,
  keyId: string,
  requestId: string,
): Promise<void> {
  const doc = await findOwnKey(deps, userId, keyId);
  const { deletedCount } = await apiKeyModel(deps.db).deleteOne({ _id: doc._id, userId });
  if (deletedCount === 0) throw keyNotFound();
  await audit(deps, { userId, keyId, action: 'key.deleted', requestId });
}

/** The key's most recent audit events, newest first (404 unless it is the user's key). */
export async function keyAudit(
  deps: Pick<KeyDeps, 'db'>,
  userId: string,
  keyId: string,
  limit = 50,
): Promise<ApiKeyAuditList> {
  await findOwnKey(deps, userId, keyId);
  const events = await auditEventModel(deps.db)
    .find({ userId, keyId })
    .sort({ at: -1 })
    .limit(limit)
    .lean();
  return {
    events: events.map((e) => ({
      id: e._id.toString(),
      action: e.action,
      at: e.at.toISOString(),
      requestId: e.requestId,
      outcome: e.outcome ?? null,
    })),
  };
}

/** A provider answered 401 while the key was in use: mark it invalid at once. */
export async function markKeyInvalid(
  deps: Pick<KeyDeps, 'db'>,
  keyId: string,
  requestId = 'provider-401',
): Promise<void> {
  const doc = await apiKeyModel(deps.db).findById(keyId).lean<ApiKeyDoc>();
  if (!doc) return;
  const at = new Date();
  await apiKeyModel(deps.db).updateOne(
    { _id: doc._id },
    { $set: { status: 'invalid', isValid: false, lastValidatedAt: at, lastCheckAttemptAt: at } },
  );
  await audit(deps, {
    userId: doc.userId,
    keyId,
    action: 'key.invalid',
    requestId,
    outcome: 'provider_401',
  });
}

/** A generation used the key. */
export async function markKeyUsed(
  deps: Pick<KeyDeps, 'db'>,
  keyId: string,
  requestId: string,
): Promise<void> {
  const doc = await apiKeyModel(deps.db).findById(keyId).lean<ApiKeyDoc>();
  if (!doc) return;
  await apiKeyModel(deps.db).updateOne({ _id: doc._id }, { $set: { lastUsedAt: new Date() } });
  await audit(deps, { userId: doc.userId, keyId, action: 'key.used', requestId });
}
