// Who pays for "Generate" and what it would run: the account's keys and tier, weighed against
// the user's remembered choice (payerChoice.ts), which may no longer be possible.
import type { ApiKeySummary, Billing, Video } from '@scenra/contracts';
import { activeProviders, displayedKey, usableKeys, type Account } from '../api/account.ts';
import { planGeneration, type GenerationPlan } from './generationPlan.ts';
import type { PayerChoice } from './payerChoice.ts';

export interface GenerationChoice {
  /** The key that pays, or would pay with `byok`: the chosen one if still usable, else the first usable. */
  key: ApiKeySummary | undefined;
  /** The key the status bar talks about: the paying one, else the most telling broken one. */
  shownKey: ApiKeySummary | undefined;
  billing: Billing;
  /** Undefined when no active provider can run it for this payer. */
  plan: GenerationPlan | undefined;
  /** Whether there is anything to change to: several keys, or credits and a key. */
  changeable: boolean;
}

/**
 * What "Generate" would run and who pays, from the account and the user's remembered choice
 * (checked against what the account allows now).
 */
export function chooseGeneration(
  account: Account,
  video: Video,
  wanted: PayerChoice | undefined,
): GenerationChoice {
  const keys = usableKeys(account);
  const key = keys.find((k) => k.id === wanted?.keyId) ?? keys[0];
  const premium = account.tier === 'premium';
  // Premium pays with credits unless the user chose a key that can still pay.
  const billing: Billing =
    wanted?.billing === 'byok' && key ? 'byok' : premium ? 'credits' : 'byok';
  const shownKey = key ?? displayedKey(account);
  const providers = activeProviders(account);
  const provider =
    billing === 'byok' && key
      ? providers.find((p) => p.id === key.provider)
      : providers.find((p) => (billing === 'credits' ? p.creditsAvailable : true));
  const plan = provider ? planGeneration(video, provider) : undefined;
  // "Change" when there is a choice: several keys, or credits and a key.
  const changeable = keys.length > 1 || (premium && keys.length > 0);
  return { key, shownKey, billing, plan, changeable };
}
