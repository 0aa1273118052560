import { maskKey, type ProviderConfig } from '@scenra/contracts';
import { AppError } from '../../lib/errors.ts';
import type { ProviderFailure } from '../../providers/errors.ts';
import type { Payer } from './payer.ts';

/**
 * Every way a generation can fail, as the API says it. What a generation stores is what a
 * later read (and a replay under its Idempotency-Key) reports.
 */
export interface StoredError {
  code: string;
  message: string;
  /** Set when the generation never started: a replay answers with the same error. */
  httpStatus?: number;
  retryAfterSec?: number;
}

type Labelled = Pick<ProviderConfig, 'label'>;

/** The API answer to a provider failure while starting a job, and whether the key is freed. */
export function startFailure(
  failure: ProviderFailure,
  provider: Labelled,
  payer: Payer,
  refunded: boolean,
  generationId: string,
): { error: AppError; stored: StoredError; releaseKey: boolean } {
  const refundNote = refunded ? ' Your credits were refunded.' : '';
  const make = (
    status: number,
    code: string,
    message: string,
    releaseKey: boolean,
    retryAfterSec?: number,
  ) => ({
    error: new AppError(status, code, message, {
      details: { generationId, ...(retryAfterSec ? { retryAfterSec } : {}) },
      ...(retryAfterSec ? { headers: { 'retry-after': String(retryAfterSec) } } : {}),
    }),
    stored: { code, message, httpStatus: status, ...(retryAfterSec ? { retryAfterSec } : {}) },
    releaseKey,
  });
  switch (failure.kind) {
    case 'auth':
      return make(
        502,
        'provider_auth_failed',
        payer.keyId
          ? `${provider.label} refused your API key ${maskKey(payer.keySuffix ?? '')}. It is now marked invalid: replace it in Settings → API keys.`
          : `${provider.label} refused Scenra's key.${refundNote} Try again later or use your own API key.`,
        true,
      );
    case 'rate_limited':
      return make(
        429,
        'provider_rate_limited',
        `${provider.label} is limiting requests right now. Try again in ${failure.retryAfterSec} seconds.${refundNote}`,
        true,
        failure.retryAfterSec,
      );
    case 'rejected':
    case 'not_found': {
      const status = failure.kind === 'rejected' ? failure.status : 404;
      const why =
        status === 403
          ? 'the key lacks a permission video generation needs'
          : `it answered HTTP ${status}${failure.kind === 'rejected' && failure.code ? ` (${failure.code})` : ''}`;
      return make(
        502,
        'provider_rejected',
        `${provider.label} refused to start this video: ${why}.${refundNote}`,
        true,
      );
    }
    case 'unavailable':
      return make(
        502,
        'provider_unavailable',
        failure.reason === 'timeout'
          ? `${provider.label} did not answer in time, so the video was not started.${refundNote} Try again.`
          : `${provider.label} is unavailable right now, so the video was not started.${refundNote} Try again later.`,
        // The job may exist at the provider: a retry under this key reports this failure
        // instead of possibly starting a second one.
        false,
      );
  }
}

/** The provider's job ended failed. */
export function renderFailure(
  provider: Labelled,
  error: { code: string; message: string } | undefined,
): StoredError {
  return {
    code: 'generation_failed',
    message: `${provider.label} could not render this video${error ? `: ${error.message}` : '.'}`,
  };
}

/** A start that never recorded its provider job (the instance stopped half-way). */
export const startInterrupted = (): StoredError => ({
  code: 'start_interrupted',
  message: 'Starting this video was interrupted. Try again.',
});

/** The key a running generation used was refused while reading its progress. */
export const refreshAuthFailed = (provider: Labelled): StoredError => ({
  code: 'provider_auth_failed',
  message: `${provider.label} no longer accepts the key this generation used, so its result cannot be fetched.`,
});

export const providerJobMissing = (provider: Labelled): StoredError => ({
  code: 'provider_job_missing',
  message: `${provider.label} no longer knows this job.`,
});

export const contentUnavailable = (provider: Labelled, attempts: number): StoredError => ({
  code: 'content_unavailable',
  message: `${provider.label} finished the video, but it could not be downloaded after ${attempts} attempts.`,
});

/** The operator's key for a credit generation's provider was removed since it started. */
export const creditsNoLongerReadable = (): StoredError => ({
  code: 'credits_unavailable',
  message: 'The provider of this generation can no longer be read with Scenra credits.',
});

/** The user's key for a generation was removed or cannot be decrypted any more. */
export const keyUnavailable = (): StoredError => ({
  code: 'key_unavailable',
  message:
    'The API key this generation used was removed or can no longer be read, so its progress cannot be fetched.',
});

/** A request under a used Idempotency-Key that asks for something else. */
export const idempotencyKeyReused = (generationId: string) =>
  new AppError(
    409,
    'idempotency_key_reused',
    'This Idempotency-Key was already used for a different generation request. Send a new key with a new request.',
    { details: { generationId } },
  );

/** What a replay of a generation that never started answers: the error it got then. */
export function storedErrorAnswer(
  stored: StoredError & { httpStatus: number },
  generationId: string,
): AppError {
  return new AppError(stored.httpStatus, stored.code, stored.message, {
    details: {
      generationId,
      ...(stored.retryAfterSec ? { retryAfterSec: stored.retryAfterSec } : {}),
    },
    ...(stored.retryAfterSec ? { headers: { 'retry-after': String(stored.retryAfterSec) } } : {}),
  });
}
