import { Types, type Connection } from 'mongoose';
import { isDuplicateKey } from '../lib/duplicate-key.ts';
import type { Vault } from '../lib/vault.ts';
import { apiKeyAad, apiKeyModel } from '../models/api-key.ts';
import type { ProviderRegistry } from '../providers/registry.ts';
import { sandboxBehaviour } from '../providers/sandbox/behaviour.ts';
import { demoUsers } from './demo-data.ts';

/**
 * Demo keys for the sandbox provider (obviously fake; the sandbox decides by their text
 * that they are valid). Fixed ids keep seeding idempotent.
 */
export const demoKeys = [
  { id: '64a0000000000000000000b1', persona: 'byok', apiKey: 'sk-sandbox-valid-demo-byok-0001' },
  {
    id: '64a0000000000000000000b3',
    persona: 'premium',
    apiKey: 'sk-sandbox-valid-demo-premium-0003',
  },
] as const;

/**
 * Gives the byok and premium personas one sandbox key each, if the sandbox is offered and
 * the key is missing. Their status is what the sandbox would answer, so no HTTP call is
 * needed before the server listens; the 24 h lazy re-check confirms it later.
 */
export async function seedDemoKeys(
  { db, vault, providers }: { db: Connection; vault: Vault; providers: ProviderRegistry },
  now = new Date(),
): Promise<number> {
  if (!providers.get('sandbox')?.sandbox) return 0;
  const ApiKey = apiKeyModel(db);
  let inserted = 0;
  for (const key of demoKeys) {
    const user = demoUsers.find((u) => u.persona === key.persona);
    if (!user) continue;
    const _id = new Types.ObjectId(key.id);
    if (await ApiKey.exists({ _id })) continue;
    const status = sandboxBehaviour(key.apiKey) === 'valid' ? 'valid' : 'unchecked';
    const sealed = vault.encrypt(
      key.apiKey,
      apiKeyAad({ userId: user.id, provider: 'sandbox', _id }),
    );
    try {
      await ApiKey.create({
        _id,
        userId: user.id,
        provider: 'sandbox',
        keyName: 'Demo sandbox key',
        ...sealed,
        keySuffix: key.apiKey.slice(-4),
        status,
        isValid: status === 'valid',
        lastValidatedAt: now,
        lastCheckAttemptAt: now,
      });
      inserted += 1;
    } catch (error) {
      // Another instance seeded it at the same moment: the unique index kept one copy.
      if (!isDuplicateKey(error)) throw error;
    }
  }
  return inserted;
}
