import type { ApiKeySummary, ProviderOffer, Tier } from '@scenra/contracts';
import { describe, expect, test } from 'vitest';
import type { Account } from '../api/account.ts';
import { demoVideo, keySummary, retiredOpenAi, sandboxProvider } from '../mocks/fixtures.ts';
import { chooseGeneration, type GenerationChoice } from './generationChoice.ts';
import type { PayerChoice } from './payerChoice.ts';

/** A second active provider that only runs on the user's own key. */
const gateway: ProviderOffer = { ...sandboxProvider, id: 'gateway', creditsAvailable: false };

const sandboxKey = keySummary({ id: '65f0000000000000000000a1', keyName: 'sandbox key' });
const gatewayKey = keySummary({
  id: '65f0000000000000000000a2',
  keyName: 'gateway key',
  provider: 'gateway',
  status: 'unchecked',
});
const refusedKey = keySummary({ id: '65f0000000000000000000a3', status: 'invalid' });

function account(tier: Tier, keys: ApiKeySummary[] = []): Account {
  const providers = [gateway, sandboxProvider, retiredOpenAi];
  return { tier, credits: tier === 'premium' ? 120 : 0, keys, providers };
}

/** A choice in one line: who pays, with which key, the key the bar shows, where it runs. */
function said({ billing, key, shownKey, plan, changeable }: GenerationChoice): string {
  const shown = shownKey && shownKey !== key ? `, shows ${shownKey.keyName}` : '';
  const change = changeable ? ', changeable' : '';
  return `${billing} with ${key?.keyName ?? 'no key'}${shown}, on ${plan?.provider.id ?? '—'}${change}`;
}

const choose = (acc: Account, wanted?: PayerChoice) =>
  said(chooseGeneration(acc, demoVideo, wanted));

describe('who pays for "Generate"', () => {
  test('a free user pays with their own key, on that key’s provider, never with credits', () => {
    expect(choose(account('free'))).toBe('byok with no key, on gateway');
    expect(choose(account('free', [gatewayKey]))).toBe('byok with gateway key, on gateway');
    expect(choose(account('free', [sandboxKey]), { billing: 'credits' })).toBe(
      'byok with sandbox key, on sandbox',
    );
  });

  test('premium pays with credits, on a provider that takes them, unless it chose a key', () => {
    expect(choose(account('premium'))).toBe('credits with no key, on sandbox');
    expect(choose(account('premium', [gatewayKey]))).toBe(
      'credits with gateway key, on sandbox, changeable',
    );
    const wantsKey: PayerChoice = { billing: 'byok', keyId: gatewayKey.id };
    expect(choose(account('premium', [gatewayKey]), wantsKey)).toBe(
      'byok with gateway key, on gateway, changeable',
    );
  });

  test('of several keys, the remembered one, else the valid one first', () => {
    const keys = [gatewayKey, sandboxKey];
    expect(choose(account('free', keys))).toBe('byok with sandbox key, on sandbox, changeable');
    expect(choose(account('free', keys), { billing: 'byok', keyId: gatewayKey.id })).toBe(
      'byok with gateway key, on gateway, changeable',
    );
  });

  test('a remembered key that is gone falls back to what the account allows', () => {
    const gone: PayerChoice = { billing: 'byok', keyId: '65f0000000000000000000ff' };
    expect(choose(account('premium'), gone)).toBe('credits with no key, on sandbox');
    expect(choose(account('free', [gatewayKey]), gone)).toBe('byok with gateway key, on gateway');
  });

  test('a refused key pays nothing but is the one the bar talks about', () => {
    expect(choose(account('free', [refusedKey]))).toBe(
      'byok with no key, shows default, on gateway',
    );
  });

  test('nothing to run when no active provider takes this payer', () => {
    const premium: Account = { ...account('premium'), providers: [gateway, retiredOpenAi] };
    expect(choose(premium)).toBe('credits with no key, on —');
  });

  test('the plan fits the video: nearest allowed length, matching orientation', () => {
    const plan = chooseGeneration(account('premium'), demoVideo, undefined).plan;
    expect(plan).toMatchObject({ seconds: 12, size: '720x1280' });
    expect(plan?.estimate).toEqual({ usd: 1.2, credits: 12 });
  });
});
