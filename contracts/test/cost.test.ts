import { describe, expect, it } from 'vitest';
import { estimateCost, estimateCredits, estimateUsd } from '../src/cost.ts';
import { StartGenerationBody } from '../src/generation.ts';

describe('estimateUsd', () => {
  it('multiplies the per-second price by the length, to the cent', () => {
    expect(estimateUsd({ usdPerSecond: 0.1 }, 3)).toBe(0.3);
    expect(estimateUsd({ usdPerSecond: 0.5 }, 12)).toBe(6);
    expect(estimateUsd({ usdPerSecond: 0.123 }, 8)).toBe(0.98);
  });

  it('is free when the model is free', () => {
    expect(estimateUsd({ usdPerSecond: 0 }, 20)).toBe(0);
  });

  it('refuses a negative or non-finite length', () => {
    expect(() => estimateUsd({ usdPerSecond: 1 }, -1)).toThrow(RangeError);
    expect(() => estimateUsd({ usdPerSecond: 1 }, Number.NaN)).toThrow(RangeError);
  });
});

describe('estimateCredits', () => {
  it('charges whole credits and rounds a fraction up', () => {
    expect(estimateCredits({ creditsPerSecond: 1 }, 8)).toBe(8);
    expect(estimateCredits({ creditsPerSecond: 0.25 }, 4)).toBe(1);
    expect(estimateCredits({ creditsPerSecond: 0.25 }, 5)).toBe(2);
  });

  it('does not round float noise up to an extra credit', () => {
    expect(estimateCredits({ creditsPerSecond: 0.1 }, 30)).toBe(3);
  });

  it('gives both estimates together', () => {
    expect(estimateCost({ usdPerSecond: 0.1, creditsPerSecond: 0.5 }, 4)).toEqual({
      usd: 0.4,
      credits: 2,
    });
  });
});

describe('StartGenerationBody', () => {
  const base = { providerId: 'sandbox', model: 'm', seconds: 4, size: '720x1280' };

  it('requires a key for BYOK and names the field', () => {
    const parsed = StartGenerationBody.safeParse({ ...base, billing: 'byok' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['keyId']);
  });

  it('accepts credits without a key', () => {
    expect(StartGenerationBody.parse({ ...base, billing: 'credits' }).billing).toBe('credits');
  });

  it('rejects a malformed size', () => {
    const parsed = StartGenerationBody.safeParse({ ...base, billing: 'credits', size: '720p' });
    expect(parsed.error?.issues[0]?.path).toEqual(['size']);
  });
});
