import OpenAI from 'openai';

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
    const status = (error as { status?: unknown }).status;
    if (status === 401) return { outcome: 'invalid' };
    if (status === 403) return { outcome: 'restricted' };
    if (status === 429) return { outcome: 'unavailable', reason: 'rate_limited' };
    if (typeof status === 'number') return { outcome: 'unavailable', reason: 'provider_error' };
    if (error instanceof OpenAI.APIConnectionTimeoutError)
      return { outcome: 'unavailable', reason: 'timeout' };
    return { outcome: 'unavailable', reason: 'unreachable' };
  }
}
