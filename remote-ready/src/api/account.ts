// What the dashboard knows about the signed-in user: tier, credits, keys and providers.
// `GET /api/me` answers it in one call.
import type { ApiKeySummary, MeResult, ProviderOffer, Tier } from '@scenra/contracts';
import type { ApiClient } from './client.ts';

export interface Account {
  tier: Tier;
  credits: number;
  keys: ApiKeySummary[];
  providers: ProviderOffer[];
}

export async function loadAccount(client: ApiClient, signal?: AbortSignal): Promise<Account> {
  const me = await client.json<MeResult>('/api/me', { signal });
  return {
    tier: me.user.tier,
    credits: me.credits.balance,
    keys: me.keys,
    providers: me.providers,
  };
}

/** The providers a generation can run on now (retired ones stay listed, to explain, not to use). */
export function activeProviders(account: Account): ProviderOffer[] {
  return account.providers.filter(
    (p) => p.status === 'active' && p.models.some((m) => m.status !== 'retired'),
  );
}

/** The user's keys that can pay for a generation: for an active provider, not refused; valid first. */
export function usableKeys(account: Account): ApiKeySummary[] {
  const active = new Set(activeProviders(account).map((p) => p.id));
  return account.keys
    .filter((k) => active.has(k.provider) && (k.status === 'valid' || k.status === 'unchecked'))
    .sort((a, b) => Number(b.status === 'valid') - Number(a.status === 'valid'));
}

/** The user's key to generate with by default: the first usable one. */
export function usableKey(account: Account): ApiKeySummary | undefined {
  return usableKeys(account)[0];
}

/** The key the status bar talks about: the usable one, else the most telling broken one. */
export function displayedKey(account: Account): ApiKeySummary | undefined {
  return (
    usableKey(account) ??
    account.keys.find((k) => k.status === 'invalid' || k.status === 'restricted')
  );
}
