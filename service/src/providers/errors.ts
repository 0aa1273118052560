import { APIConnectionTimeoutError } from 'openai';

/** What went wrong at a provider, in the terms the API answers with. */
export type ProviderFailure =
  | { kind: 'auth'; status: number }
  | { kind: 'rate_limited'; retryAfterSec: number }
  | { kind: 'not_found' }
  | { kind: 'rejected'; status: number; code?: string }
  | { kind: 'unavailable'; reason: 'timeout' | 'connection' | 'server_error'; status?: number };

const DEFAULT_RETRY_AFTER_SEC = 30;

function retryAfterSeconds(headers: unknown): number {
  if (!headers || typeof (headers as Headers).get !== 'function') return DEFAULT_RETRY_AFTER_SEC;
  const h = headers as Headers;
  const ms = Number(h.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return Math.max(1, Math.ceil(ms / 1000));
  const raw = h.get('retry-after');
  if (!raw) return DEFAULT_RETRY_AFTER_SEC;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.max(1, Math.ceil(seconds));
  const date = Date.parse(raw);
  if (Number.isFinite(date)) return Math.max(1, Math.ceil((date - Date.now()) / 1000));
  return DEFAULT_RETRY_AFTER_SEC;
}

/**
 * Classifies an error thrown by the SDK. Duck-typed on `status`/`name` (the SDK's error
 * classes) so it also works for errors built by another copy of the package. Provider messages
 * are deliberately dropped: some echo part of the API key.
 */
export function classifyProviderError(error: unknown): ProviderFailure {
  const e = (error ?? {}) as {
    status?: unknown;
    name?: unknown;
    headers?: unknown;
    code?: unknown;
  };
  const name = typeof e.name === 'string' ? e.name : '';
  // The SDK's error classes do not set `name`; their constructor's name tells them apart.
  const kind = (error as { constructor?: { name?: string } } | null)?.constructor?.name ?? '';
  if (
    error instanceof APIConnectionTimeoutError ||
    kind === 'APIConnectionTimeoutError' ||
    name === 'TimeoutError' ||
    name === 'AbortError'
  ) {
    return { kind: 'unavailable', reason: 'timeout' };
  }
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === undefined) return { kind: 'unavailable', reason: 'connection' };
  if (status === 401) return { kind: 'auth', status };
  if (status === 429) return { kind: 'rate_limited', retryAfterSec: retryAfterSeconds(e.headers) };
  if (status === 404) return { kind: 'not_found' };
  if (status === 408) return { kind: 'unavailable', reason: 'timeout', status };
  if (status >= 500) return { kind: 'unavailable', reason: 'server_error', status };
  const code =
    typeof e.code === 'string' && /^[a-z0-9_.-]{1,60}$/i.test(e.code) ? e.code : undefined;
  return { kind: 'rejected', status, ...(code ? { code } : {}) };
}
