import { z } from 'zod';

/** Longest API key accepted, in characters. Real provider keys are well under 300. */
export const API_KEY_MAX_LENGTH = 512;
/** Shortest API key accepted: anything shorter cannot be a provider key. */
export const API_KEY_MIN_LENGTH = 8;
export const KEY_NAME_MAX_LENGTH = 60;
/** The name a key gets when the user gives none. */
export const DEFAULT_KEY_NAME = 'default';

/**
 * What the provider last said about a key: `valid`; `invalid` (it answered 401);
 * `restricted` (authenticated, but the key lacks a scope); `unchecked` (never confirmed).
 */
export const KeyStatus = z.enum(['valid', 'invalid', 'restricted', 'unchecked']);
export type KeyStatus = z.infer<typeof KeyStatus>;

/** The only form of a key the API ever gives out: four dots and the last four characters. */
export function maskKey(suffix: string): string {
  return `••••${suffix}`;
}

/** `POST /api/user/api-keys`. The key is trimmed; inner whitespace means a bad paste. */
export const CreateApiKeyBody = z.object({
  provider: z.string().trim().min(1, 'is required').max(64, 'is too long'),
  keyName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(KEY_NAME_MAX_LENGTH, `must be at most ${KEY_NAME_MAX_LENGTH} characters`)
    .optional(),
  apiKey: z
    .string()
    .trim()
    .min(1, 'is required')
    .min(API_KEY_MIN_LENGTH, `must be at least ${API_KEY_MIN_LENGTH} characters`)
    .max(API_KEY_MAX_LENGTH, `must be at most ${API_KEY_MAX_LENGTH} characters`)
    .regex(/^\S+$/, 'must not contain spaces or line breaks'),
});
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBody>;

/** One stored key as the API shows it: never the key itself. */
export const ApiKeySummary = z.object({
  id: z.string(),
  provider: z.string(),
  keyName: z.string(),
  /** `••••` and the last four characters, e.g. `••••abc1`. */
  masked: z.string(),
  status: KeyStatus,
  isValid: z.boolean(),
  lastValidatedAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ApiKeySummary = z.infer<typeof ApiKeySummary>;

export const ApiKeyList = z.object({ keys: z.array(ApiKeySummary) });
export type ApiKeyList = z.infer<typeof ApiKeyList>;

/**
 * Something the user should know about a key that was stored anyway. (A key the provider
 * rejects is not stored: the add answers 400 `key_invalid`.)
 */
export const ApiKeyWarning = z.object({
  code: z.enum(['prefix_mismatch', 'key_restricted', 'not_checked', 'provider_retired']),
  message: z.string(),
});
export type ApiKeyWarning = z.infer<typeof ApiKeyWarning>;

/** `POST /api/user/api-keys` → 201: the stored key's summary, and warnings (if any). */
export const CreateApiKeyResult = ApiKeySummary.extend({ warnings: z.array(ApiKeyWarning) });
export type CreateApiKeyResult = z.infer<typeof CreateApiKeyResult>;

/**
 * `POST /api/user/api-keys/:id/validate`. `outcome` says whether the provider answered:
 * on `could_not_check` (429, 5xx, timeout) the stored status is unchanged and `message`
 * explains why; `checkedAt` is when the status was last established.
 */
export const ValidateApiKeyResult = z.object({
  isValid: z.boolean(),
  status: KeyStatus,
  checkedAt: z.iso.datetime().nullable(),
  outcome: z.enum(['checked', 'could_not_check']),
  message: z.string(),
});
export type ValidateApiKeyResult = z.infer<typeof ValidateApiKeyResult>;

/** Audit actions (DESIGN.md "Data"): none of them ever carries key material. */
export const AuditAction = z.enum([
  'key.created',
  'key.validated',
  'key.invalid',
  'key.used',
  'key.deleted',
  'keys.rotated',
  'share.created',
  'share.updated',
  'share.revoked',
  'video.deleted',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const ApiKeyAuditEvent = z.object({
  id: z.string(),
  action: AuditAction,
  at: z.iso.datetime(),
  requestId: z.string(),
  /** Short, non-secret facts, e.g. the status a validation found. */
  outcome: z.string().nullable(),
});
export type ApiKeyAuditEvent = z.infer<typeof ApiKeyAuditEvent>;

/** `GET /api/user/api-keys/:id/audit`: the key's recent events, newest first. */
export const ApiKeyAuditList = z.object({ events: z.array(ApiKeyAuditEvent) });
export type ApiKeyAuditList = z.infer<typeof ApiKeyAuditList>;
