import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from './errors.ts';

/** A sealed secret as stored: all binary parts base64, plus the secret version that sealed it. */
export interface Sealed {
  ciphertext: string;
  iv: string;
  tag: string;
  keyVersion: string;
}

/** One versioned master secret (from `ENCRYPTION_SECRETS="v2:…,v1:…"`). */
export interface SecretVersion {
  version: string;
  secret: Buffer;
}

const IV_BYTES = 12; // 96 bits: the size GCM is specified for
const TAG_BYTES = 16;
const MIN_SECRET_BYTES = 32;
const HKDF_SALT = Buffer.from('scenra-vault/hkdf-salt/1');
const versionPattern = /^v[0-9]{1,6}$/;

/**
 * The failure of any decryption: tampering, a row copied to another owner (AAD mismatch),
 * or a secret version that is no longer configured. All look the same to the caller, on
 * purpose: the stored secret cannot be trusted and must be entered again.
 */
export const unreadable = () =>
  new AppError(
    409,
    'key_unreadable',
    'This stored secret can no longer be decrypted. Remove it and enter it again.',
  );

/**
 * Decodes one secret value (base64 or base64url) and refuses weak ones: fewer than 32 bytes,
 * or bytes so repetitive they cannot be random (32 random bytes have ~30 distinct values).
 */
export function decodeSecret(value: string): Buffer | string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return 'must be base64 or base64url';
  const bytes = Buffer.from(
    value,
    value.includes('-') || value.includes('_') ? 'base64url' : 'base64',
  );
  if (bytes.length < MIN_SECRET_BYTES)
    return `must encode at least ${MIN_SECRET_BYTES} random bytes (e.g. \`openssl rand -base64 32\`)`;
  if (new Set(bytes).size < 16)
    return 'does not look random; generate it with `openssl rand -base64 32`';
  return bytes;
}

/**
 * Parses `v2:<secret>,v1:<secret>` (first = active). Returns the versions, or a sentence
 * saying what is wrong — without ever quoting a secret.
 */
export function parseSecrets(list: string): SecretVersion[] | string {
  const entries = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'must list at least one secret, e.g. "v1:<base64 secret>"';
  const versions: SecretVersion[] = [];
  for (const [index, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const version = colon > 0 ? entry.slice(0, colon) : '';
    if (!versionPattern.test(version))
      return `entry ${index + 1} must look like "v<number>:<secret>"`;
    if (versions.some((v) => v.version === version)) return `version ${version} is listed twice`;
    const secret = decodeSecret(entry.slice(colon + 1));
    if (typeof secret === 'string') return `secret ${version} ${secret}`;
    versions.push({ version, secret });
  }
  return versions;
}

/**
 * AES-256-GCM with a random 96-bit IV per encryption and the tag stored. Data keys are
 * derived with HKDF-SHA256 from each versioned secret, so the secrets themselves never
 * touch a cipher; the first version encrypts, every listed version decrypts. The caller's
 * AAD (e.g. `userId|provider|keyId`) binds a ciphertext to its row and owner.
 */
export class Vault {
  readonly activeVersion: string;
  readonly #keys: Map<string, Buffer>;

  constructor(secrets: SecretVersion[]) {
    const [active] = secrets;
    if (!active) throw new Error('the vault needs at least one secret');
    this.activeVersion = active.version;
    this.#keys = new Map(
      secrets.map(({ version, secret }) => [
        version,
        Buffer.from(
          hkdfSync('sha256', secret, HKDF_SALT, `scenra-vault/aes-256-gcm/${version}`, 32),
        ),
      ]),
    );
  }

  get versions(): string[] {
    return [...this.#keys.keys()];
  }

  encrypt(plaintext: string, aad: string): Sealed {
    const key = this.#keys.get(this.activeVersion)!;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      ciphertext: ciphertext.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      keyVersion: this.activeVersion,
    };
  }

  /** Throws `key_unreadable` (409) on any failure; never says which part was wrong. */
  decrypt(sealed: Sealed, aad: string): string {
    const key = this.#keys.get(sealed.keyVersion);
    if (!key) throw unreadable();
    try {
      const iv = Buffer.from(sealed.iv, 'base64');
      const tag = Buffer.from(sealed.tag, 'base64');
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw unreadable();
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw unreadable();
    }
  }

  /** True when a row was sealed with an older secret and `rotate-keys` should re-encrypt it. */
  isStale(sealed: Pick<Sealed, 'keyVersion'>): boolean {
    return sealed.keyVersion !== this.activeVersion;
  }
}

/**
 * The vault's secrets from the environment: `ENCRYPTION_SECRETS` (versioned list), else
 * `ENCRYPTION_SECRET` (as version v1), else — outside production — the development secret
 * generated into the ignored `DATA_DIR/dev-secrets.json`. Production refuses to start
 * without one; a weak secret is refused everywhere.
 */
export function resolveEncryptionSecrets(options: {
  secrets?: string | undefined;
  secret?: string | undefined;
  isProduction: boolean;
  devSecret?: string | undefined;
}): SecretVersion[] | string {
  if (options.secrets) {
    const parsed = parseSecrets(options.secrets);
    return typeof parsed === 'string' ? `  ENCRYPTION_SECRETS: ${parsed}` : parsed;
  }
  const single = options.secret ?? (options.isProduction ? undefined : options.devSecret);
  if (!single)
    return '  ENCRYPTION_SECRETS: required in production ("v1:<at least 32 random bytes, base64>")';
  const secret = decodeSecret(single);
  if (typeof secret === 'string')
    return `  ${options.secret ? 'ENCRYPTION_SECRET' : 'dev-secrets.json encryptionSecret'}: ${secret}`;
  return [{ version: 'v1', secret }];
}
