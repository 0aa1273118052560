import { describe, expect, it } from 'vitest';
import { formatWait, limitReachedMessage, readRateLimitDetails } from '../src/limit-wording.ts';

describe('limits as a person says them', () => {
  it.each([
    [0.2, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [3412, '57 minutes'],
    [3600, '1 hour'],
    [3601, '1 hour 1 minute'],
    [11_520, '3 hours 12 minutes'],
  ])('%s s → %s', (seconds, words) => {
    expect(formatWait(seconds)).toBe(words);
  });

  it('names the limit and the wait', () => {
    expect(limitReachedMessage('byok_generations', 3412)).toBe(
      'You can start 20 generations an hour with your own key. Try again in 57 minutes.',
    );
    expect(limitReachedMessage('key_checks', 12)).toBe(
      'Keys can be checked 5 times a minute. Try again in 12 seconds.',
    );
  });

  it('reads the limit and the wait of a 429 without zod, and nothing else', () => {
    expect(readRateLimitDetails({ which: 'key_checks', limit: 5, retryAfterSec: 12 })).toEqual({
      which: 'key_checks',
      retryAfterSec: 12,
    });
    expect(readRateLimitDetails({ which: 'coffee_breaks', retryAfterSec: 12 })).toBeUndefined();
    expect(readRateLimitDetails({ which: 'key_checks', retryAfterSec: '12' })).toBeUndefined();
    expect(readRateLimitDetails({ which: 'key_checks', retryAfterSec: 0 })).toBeUndefined();
    expect(readRateLimitDetails(null)).toBeUndefined();
  });
});
