import {
  maskKey,
  UPGRADE_OPTIONS,
  upgradeRequiredMessages,
  type ProviderConfig,
  type StartGenerationBody,
  type Tier,
  type UpgradeReason,
} from '@scenra/contracts';
import type { Config } from '../../config/index.ts';
import { AppError, invalidField, isAppError } from '../../lib/errors.ts';
import type { GenerationDoc } from '../../models/generation.ts';
import { openKey, type KeyDeps } from '../api-keys.ts';
import { creditsNoLongerReadable, keyUnavailable, type StoredError } from './failures.ts';

/**
 * Who pays for a generation (DESIGN.md "Tiers and generation"): Scenra credits are
 * Premium's and paid with the operator's key; everyone else needs a valid key of their own.
 */

export interface Payer {
  apiKey: string;
  /** The user's key (BYOK); absent when the operator's key pays (credits). */
  keyId?: string;
  keySuffix?: string;
}

/** What deciding the payer needs: the user's sealed keys, and the operator's keys. */
export type PayerDeps = Pick<KeyDeps, 'db' | 'vault' | 'log'> & {
  config: Pick<Config, 'platformProviderKeys'>;
};

export const upgradeRequired = (reason: UpgradeReason) =>
  new AppError(402, 'upgrade_required', upgradeRequiredMessages[reason], {
    details: { reason, options: [...UPGRADE_OPTIONS] },
  });

/** Who pays for a new generation, per the tier table: credits are Premium's; a free user needs a valid key. */
export async function payerFor(
  deps: PayerDeps,
  caller: { userId: string; tier: Tier },
  body: StartGenerationBody,
  provider: ProviderConfig,
): Promise<Payer> {
  if (body.billing === 'credits') {
    if (caller.tier !== 'premium') throw upgradeRequired('credits_need_premium');
    const apiKey = deps.config.platformProviderKeys[provider.id];
    if (!apiKey) {
      throw new AppError(
        400,
        'credits_unavailable',
        `Scenra credits cannot pay for ${provider.label} yet. Use your own API key for it.`,
        {
          details: [{ field: 'billing', message: `credits are not available for ${provider.id}` }],
        },
      );
    }
    return { apiKey };
  }
  let opened: Awaited<ReturnType<typeof openKey>>;
  try {
    opened = await openKey(deps, caller.userId, body.keyId!);
  } catch (error) {
    if (caller.tier === 'free' && isAppError(error) && error.statusCode === 404) {
      throw upgradeRequired('no_valid_key');
    }
    throw error;
  }
  const { apiKey, doc } = opened;
  if (doc.provider !== provider.id) {
    throw invalidField('keyId', `is a key for ${doc.provider}, not for ${provider.label}`);
  }
  if (doc.status === 'invalid' || doc.status === 'restricted') {
    if (caller.tier === 'free') throw upgradeRequired('no_valid_key');
    throw new AppError(
      409,
      `key_${doc.status}`,
      doc.status === 'invalid'
        ? `${provider.label} rejected your key ${maskKey(doc.keySuffix)}. Replace it in Settings → API keys, or use Scenra credits.`
        : `Your key ${maskKey(doc.keySuffix)} lacks a permission video generation needs. Replace it in Settings → API keys, or use Scenra credits.`,
      { details: { keyId: doc._id.toString(), status: doc.status } },
    );
  }
  return { apiKey, keyId: doc._id.toString(), keySuffix: doc.keySuffix };
}

/** The operator's or the user's key for reading an existing generation. */
export async function payerOf(deps: PayerDeps, doc: GenerationDoc): Promise<Payer | StoredError> {
  if (doc.billing === 'credits') {
    const apiKey = deps.config.platformProviderKeys[doc.providerId];
    if (!apiKey) return creditsNoLongerReadable();
    return { apiKey };
  }
  try {
    const { apiKey, doc: key } = await openKey(deps, doc.userId, doc.keyId!.toString());
    return { apiKey, keyId: key._id.toString(), keySuffix: key.keySuffix };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return keyUnavailable();
  }
}
