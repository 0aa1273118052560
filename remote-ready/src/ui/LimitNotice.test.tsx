import { createRoot } from 'react-dom/client';
import { act } from 'react';
import { describe, expect, test } from 'vitest';
import { ApiError } from '../api/client.ts';
import { LimitNotice, limitSentence, reachedLimit } from './LimitNotice.tsx';

const tooMany = (retryAfterSec: number) =>
  new ApiError(429, 'rate_limited', 'limit', {
    which: 'byok_generations',
    limit: 20,
    retryAfterSec,
  });

describe('a reached limit, said as a person would', () => {
  test('reads which limit and when it ends from a 429, nothing from other errors', () => {
    expect(reachedLimit(tooMany(3412), 1_000)).toEqual({
      which: 'byok_generations',
      retryAt: 1_000 + 3_412_000,
    });
    expect(reachedLimit(new ApiError(400, 'invalid_input', 'bad'))).toBeUndefined();
    expect(reachedLimit(new ApiError(429, 'rate_limited', 'no details'))).toBeUndefined();
  });

  test('counts down in minutes, then seconds, then says it can be tried again', () => {
    const limit = { which: 'byok_generations' as const, retryAt: 3_412_000 };
    expect(limitSentence(limit, 0)).toBe(
      'You can start 20 generations an hour with your own key. Try again in 57 minutes.',
    );
    expect(limitSentence(limit, 3_412_000 - 30_000)).toMatch(/Try again in 30 seconds\.$/);
    expect(limitSentence(limit, 3_412_000)).toBe('You can try again now.');
  });

  test('the notice updates itself as time passes', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const limit = { which: 'key_checks' as const, retryAt: Date.now() + 2_500 };
    await act(async () => createRoot(container).render(<LimitNotice limit={limit} />));
    expect(container.textContent).toMatch(
      /Keys can be checked 5 times a minute\. Try again in 3 seconds\./,
    );
    await expect
      .poll(() => container.textContent, { timeout: 8_000, interval: 200 })
      .toBe('You can try again now.');
    container.remove();
  });
});
