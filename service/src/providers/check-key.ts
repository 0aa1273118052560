import type OpenAI from 'openai';
import { classifyProviderError, type ProviderFailure } from './errors.ts';

/**
 * What a provider said about a key. `unavailable` means it could not tell us (429, 5xx,
 * timeout, unreachable): the stored status must stay as it was.
 */
export type KeyCheck =
  | { outcome: 'valid' }
  | { outcome: 'invalid' }
  | { outcome: 'restricted' }
  | {
      outcome: 'unavailable';
      reason: 'rate_limited' | 'provider_error' | 'timeout' | 'unreachable';
    };

/** Sentences the UI can show for a check the provider could not answer. */
export const unavailableMessages: Record<
  Extract<KeyCheck, { outcome: 'unavailable' }>['reason'],
  string
> = {
  rate_limited:
    'The provider is rate limiting requests right now, so the key could not be checked. Try again in a minute.',
  provider_error: 'The provider had a problem and could not check the key. Try again later.',
  timeout: 'The provider did not answer in time, so the key could not be checked. Try again later.',
  unreachable:
    'The provider could not be reached, so the key could not be checked. Try again later.',
};

/**
 * Asks the provider for its model list with the key (`GET {baseURL}/models`): the cheapest
 * call that proves a key authenticates. The SDK error's text is never kept — some providers
 * echo part of the key in it.
 */
export async function checkKey(client: OpenAI): Promise<KeyCheck> {
  try {
    await client.models.list();
    return { outcome: 'valid' };
  } catch (error) {
    return keyCheckOf(classifyProviderError(error));
  }
}

const unavailable = (
  reason: Extract<KeyCheck, { outcome: 'unavailable' }>['reason'],
): KeyCheck => ({
  outcome: 'unavailable',
  reason,
});

/**
 * A provider failure as a key check reads it: only 401 and 403 say something about the key;
 * any other answer from the provider is its own trouble, and no answer is a timeout or an
 * unreachable provider.
 */
function keyCheckOf(failure: ProviderFailure): KeyCheck {
  switch (failure.kind) {
    case 'auth':
      return { outcome: 'invalid' };
    case 'rate_limited':
      return unavailable('rate_limited');
    case 'rejected':
      return failure.status === 403 ? { outcome: 'restricted' } : unavailable('provider_error');
    case 'not_found':
      return unavailable('provider_error');
    case 'unavailable':
      if (failure.status !== undefined) return unavailable('provider_error');
      return unavailable(failure.reason === 'timeout' ? 'timeout' : 'unreachable');
  }
}
