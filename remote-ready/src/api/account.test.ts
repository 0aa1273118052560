import type { ApiKeySummary, ProviderOffer } from '@scenra/contracts';
import { describe, expect, test } from 'vitest';
import { meFor, keySummary, retiredOpenAi, sandboxProvider } from '../mocks/fixtures.ts';
import type { ApiClient } from './client.ts';
import {
  activeProviders,
  displayedKey,
  loadAccount,
  usableKey,
  usableKeys,
  type Account,
} from './account.ts';

const account = (keys: ApiKeySummary[], providers = [sandboxProvider, retiredOpenAi]): Account => ({
  tier: 'free',
  credits: 0,
  keys,
  providers,
});

const key = (id: string, overrides: Partial<ApiKeySummary> = {}) =>
  keySummary({ id: `65f0000000000000000000${id}`, ...overrides });

describe('the account, from GET /api/me', () => {
  test('keeps the tier, the balance, the keys and the providers', async () => {
    const me = meFor('premium');
    const asked: string[] = [];
    const client = {
      json: async <T>(path: string) => {
        asked.push(path);
        return me as T;
      },
    } as ApiClient;
    expect(await loadAccount(client)).toEqual({
      tier: 'premium',
      credits: me.credits.balance,
      keys: me.keys,
      providers: me.providers,
    });
    expect(asked).toEqual(['/api/me']);
  });
});

describe('providers a generation can run on', () => {
  test('active ones with a model still offered', () => {
    const allModelsRetired: ProviderOffer = {
      ...sandboxProvider,
      id: 'gateway',
      models: sandboxProvider.models.map((m) => ({ ...m, status: 'retired' as const })),
    };
    const providers = activeProviders(
      account([], [retiredOpenAi, allModelsRetired, sandboxProvider]),
    );
    expect(providers.map((p) => p.id)).toEqual(['sandbox']);
  });
});

describe('keys that can pay', () => {
  const valid = key('a1', { status: 'valid' });
  const unchecked = key('a2', { status: 'unchecked' });
  const invalid = key('a3', { status: 'invalid' });
  const restricted = key('a4', { status: 'restricted' });
  const retiredProvider = key('a5', { status: 'valid', provider: 'openai' });

  test('valid and unchecked keys of an active provider, valid first', () => {
    const keys = usableKeys(account([unchecked, invalid, retiredProvider, restricted, valid]));
    expect(keys.map((k) => k.id)).toEqual([valid.id, unchecked.id]);
    expect(usableKey(account([unchecked, valid]))).toEqual(valid);
  });

  test('none when every key is refused, restricted or for a retired provider', () => {
    expect(usableKeys(account([invalid, restricted, retiredProvider]))).toEqual([]);
    expect(usableKey(account([]))).toBeUndefined();
  });

  test('the bar shows the usable key, else the broken one that explains', () => {
    expect(displayedKey(account([invalid, unchecked]))).toEqual(unchecked);
    expect(displayedKey(account([retiredProvider, restricted]))).toEqual(restricted);
    expect(displayedKey(account([retiredProvider]))).toBeUndefined();
  });
});
