import { describe, expect, test } from 'vitest';
import { formatUsd } from './generationPlan.ts';

describe('prices', () => {
  test('read as Intl writes dollars, rounding included', () => {
    const intl = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' });
    for (const usd of [
      0, 0.005, 0.015, 0.125, 0.4, 0.5, 1.005, 2.675, 12.345, 99.994, 250, 1234.5,
    ]) {
      expect(formatUsd(usd), String(usd)).toBe(intl.format(usd));
    }
  });
});
