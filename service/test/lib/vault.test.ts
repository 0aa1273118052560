import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '#src/lib/errors.ts';
import { parseSecrets, resolveEncryptionSecrets, Vault, type Sealed } from '#src/lib/vault.ts';

const secret = () => randomBytes(32).toString('base64url');
const v1 = { version: 'v1', secret: randomBytes(32) };
const v2 = { version: 'v2', secret: randomBytes(32) };
const plaintext = 'sk-sandbox-valid-0000vault';
const aad = 'user-a|sandbox|64a0000000000000000000c1';

function expectUnreadable(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 409, code: 'key_unreadable' });
    expect((error as Error).message).not.toContain(plaintext);
    return;
  }
  throw new Error('expected decryption to fail');
}

const flipFirstByte = (b64: string) => {
  const bytes = Buffer.from(b64, 'base64');
  bytes[0]! ^= 0x01;
  return bytes.toString('base64');
};

describe('Vault', () => {
  const vault = new Vault([v1]);

  it('round-trips with a fresh 96-bit IV and a 128-bit tag every time', () => {
    const a = vault.encrypt(plaintext, aad);
    const b = vault.encrypt(plaintext, aad);
    expect(vault.decrypt(a, aad)).toBe(plaintext);
    expect(Buffer.from(a.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(a.tag, 'base64')).toHaveLength(16);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.keyVersion).toBe('v1');
    expect(JSON.stringify(a)).not.toContain(plaintext);
  });

  it.each([
    ['ciphertext', (s: Sealed) => ({ ...s, ciphertext: flipFirstByte(s.ciphertext) })],
    ['tag', (s: Sealed) => ({ ...s, tag: flipFirstByte(s.tag) })],
    ['iv', (s: Sealed) => ({ ...s, iv: flipFirstByte(s.iv) })],
    ['truncated tag', (s: Sealed) => ({ ...s, tag: s.tag.slice(0, 8) })],
    ['unknown version', (s: Sealed) => ({ ...s, keyVersion: 'v9' })],
  ])('fails closed on a tampered %s', (_part, tamper) => {
    const sealed = vault.encrypt(plaintext, aad);
    expectUnreadable(() => vault.decrypt(tamper(sealed), aad));
  });

  it('fails closed when the AAD names another user (a copied row)', () => {
    const sealed = vault.encrypt(plaintext, aad);
    expectUnreadable(() => vault.decrypt(sealed, aad.replace('user-a', 'user-b')));
  });

  it('derives different data keys per version: v2 alone cannot open v1 rows', () => {
    const sealed = vault.encrypt(plaintext, aad);
    expectUnreadable(() => new Vault([v2]).decrypt(sealed, aad));
  });

  it('keeps opening v1 rows after v2 becomes active, and seals new rows with v2', () => {
    const old = vault.encrypt(plaintext, aad);
    const rotated = new Vault([v2, v1]);
    expect(rotated.decrypt(old, aad)).toBe(plaintext);
    expect(rotated.isStale(old)).toBe(true);
    const fresh = rotated.encrypt(plaintext, aad);
    expect(fresh.keyVersion).toBe('v2');
    expect(rotated.isStale(fresh)).toBe(false);
  });
});

describe('secret parsing', () => {
  it('reads a versioned list, first one active', () => {
    const parsed = parseSecrets(`v2:${secret()}, v1:${randomBytes(32).toString('base64')}`);
    expect(Array.isArray(parsed) && parsed.map((p) => p.version)).toEqual(['v2', 'v1']);
  });

  it.each([
    ['', /at least one/],
    [`${secret()}`, /v<number>:<secret>/],
    ['v1:short', /at least 32 random bytes/],
    [`v1:${'A'.repeat(64)}`, /does not look random/],
    [`v1:${secret()},v1:${secret()}`, /listed twice/],
    ['v1:not base64!', /base64/],
  ])('refuses %j', (value, problem) => {
    const parsed = parseSecrets(value);
    expect(parsed).toMatch(problem);
  });

  it('never quotes a secret in its complaint', () => {
    const weak = 'v1:aGVsbG8taGVsbG8taGVsbG8';
    expect(parseSecrets(weak)).not.toContain('aGVsbG8');
  });

  it('refuses to run production without a secret, and development falls back to its own', () => {
    expect(resolveEncryptionSecrets({ isProduction: true })).toMatch(
      /ENCRYPTION_SECRETS: required in production/,
    );
    expect(resolveEncryptionSecrets({ isProduction: true, devSecret: secret() })).toMatch(
      /required/,
    );
    const dev = resolveEncryptionSecrets({ isProduction: false, devSecret: secret() });
    expect(Array.isArray(dev) && dev[0]!.version).toBe('v1');
    expect(resolveEncryptionSecrets({ isProduction: true, secret: 'password123' })).toMatch(
      /ENCRYPTION_SECRET: must encode at least 32/,
    );
  });
});
