import type { ApiKeySummary, ProviderOffer, Tier } from '@scenra/contracts';
import { describe, expect, test } from 'vitest';
import type { Account } from '../api/account.ts';
import { demoVideo, keySummary, retiredOpenAi, sandboxProvider } from '../mocks/fixtures.ts';
import { chooseGeneration } from './generationChoice.ts';
import type { PayerChoice } from './payerChoice.ts';

/** A second active provider that only runs on the user's own key. */
const gateway: ProviderOffer = { ...sandboxProvider, id: 'gateway', creditsAvailable: false };

function account(tier: Tier, keys: ApiKeySummary[] = []): Account {
  return {
    tier,
    credits: tier === 'premium' ? 120 : 0,
    keys,
    providers: [gateway, sandboxProvider, retiredOpenAi],
  };
}

const sandboxKey = keySummary({ id: '65f0000000000000000000a1', provider: 'sandbox' });
const gatewayKey = keySummary({
  id: '65f0000000000000000000a2',
  provider: 'gateway',
  status: 'unchecked',
});
const refusedKey = keySummary({ id: '65f0000000000000000000a3', status: 'invalid' });

const choose = (acc: Account, wanted?: PayerChoice) => chooseGeneration(acc, demoVideo, wanted);

describe('who pays for "Generate"', () => {
  test('a free user without a key: their own key, which they do not have yet', () => {
    const choice = choose(account('free'));
    expect(choice).toMatchObject({ billing: 'byok', key: undefined, shownKey: undefined });
    expect(choice.changeable).toBe(false);
  });

  test('a free user pays with their key, on that key’s provider', () => {
    const choice = choose(account('free', [gatewayKey]));
    expect(choice).toMatchObject({ billing: 'byok', key: gatewayKey, shownKey: gatewayKey });
    expect(choice.plan?.provider.id).toBe('gateway');
    expect(choice.changeable).toBe(false);
  });

  test('a free user cannot pay with credits, even if that was remembered', () => {
    const choice = choose(account('free', [sandboxKey]), { billing: 'credits' });
    expect(choice.billing).toBe('byok');
  });

  test('premium pays with credits by default, on a provider that takes credits', () => {
    const choice = choose(account('premium'));
    expect(choice.billing).toBe('credits');
    expect(choice.plan?.provider.id).toBe('sandbox');
    expect(choice.changeable).toBe(false);
  });

  test('premium with a key: credits still, the key shown and the choice offered', () => {
    const choice = choose(account('premium', [gatewayKey]));
    expect(choice).toMatchObject({ billing: 'credits', key: gatewayKey, shownKey: gatewayKey });
    expect(choice.plan?.provider.id).toBe('sandbox');
    expect(choice.changeable).toBe(true);
  });

  test('premium who chose their key pays with it', () => {
    const choice = choose(account('premium', [gatewayKey]), {
      billing: 'byok',
      keyId: gatewayKey.id,
    });
    expect(choice).toMatchObject({ billing: 'byok', key: gatewayKey });
    expect(choice.plan?.provider.id).toBe('gateway');
  });

  test('a remembered key that is gone falls back: credits for premium, the first key else', () => {
    const gone: PayerChoice = { billing: 'byok', keyId: '65f0000000000000000000ff' };
    expect(choose(account('premium'), gone).billing).toBe('credits');
    const free = choose(account('free', [gatewayKey, sandboxKey]), gone);
    // The valid key comes before the unchecked one.
    expect(free).toMatchObject({ billing: 'byok', key: sandboxKey });
  });

  test('the remembered one of several keys, with Change offered', () => {
    const choice = choose(account('free', [sandboxKey, gatewayKey]), {
      billing: 'byok',
      keyId: gatewayKey.id,
    });
    expect(choice).toMatchObject({ key: gatewayKey, changeable: true });
  });

  test('a refused key pays nothing but is the one the bar talks about', () => {
    const choice = choose(account('free', [refusedKey]));
    expect(choice).toMatchObject({ billing: 'byok', key: undefined, shownKey: refusedKey });
  });

  test('nothing to plan when no active provider can run it for this payer', () => {
    const premium: Account = { ...account('premium'), providers: [gateway, retiredOpenAi] };
    const choice = choose(premium);
    expect(choice.billing).toBe('credits');
    expect(choice.plan).toBeUndefined();
  });

  test('the plan fits the video: nearest allowed length, matching orientation', () => {
    const plan = choose(account('premium')).plan;
    expect(plan).toMatchObject({ seconds: 12, size: '720x1280' });
    expect(plan?.estimate).toEqual({ usd: 1.2, credits: 12 });
  });
});
