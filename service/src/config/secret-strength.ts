/** The least a production JWT secret must carry, in estimated bits. */
export const MIN_SECRET_BITS = 160;
const MIN_LENGTH = 32;
const MIN_DISTINCT = 12;

/**
 * Why a shared secret is too weak to sign tokens with, or undefined when it is strong enough.
 * Length alone says little ("a".repeat(64) is long), so the estimate is the text's own
 * character entropy (Shannon, per character, times the length) and it needs enough distinct
 * characters: a random base64 or hex secret passes, a repeated word or a keyboard walk fails.
 */
export function secretWeakness(secret: string): string | undefined {
  if (secret.length < MIN_LENGTH) return `must be at least ${MIN_LENGTH} characters`;
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  if (counts.size < MIN_DISTINCT)
    return 'does not look random (too few distinct characters); generate it with `openssl rand -base64 48`';
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / secret.length;
    perChar -= p * Math.log2(p);
  }
  if (perChar * secret.length < MIN_SECRET_BITS)
    return 'is too predictable; generate it with `openssl rand -base64 48`';
  return undefined;
}
