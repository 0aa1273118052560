// Starts a generation and follows it to the end, reporting each step. Loaded on the first
// "Generate" click. One Idempotency-Key per user intent: a retry after an unknown outcome
// (network drop, 5xx) reuses it, so the service runs one job and debits once; a new click
// after a clear failure is a new intent with a new key.
import type { Billing, Generation, StartGenerationBody } from '@scenra/contracts';
import { ApiError, type ApiClient } from '../api/client.ts';
import { reachedLimit } from '../ui/LimitNotice.tsx';
import { failedGeneration, type GenerationState } from './generationState.ts';

const pollMs = 1500;

export interface RunContext {
  client: ApiClient;
  videoId: string;
  /** The intent's Idempotency-Key, kept by the caller across retries. */
  pendingKey: { current: string | undefined };
  /** False once the card is gone: stop polling. */
  live: { current: boolean };
  report(state: GenerationState): void;
}

export async function runGeneration(
  context: RunContext,
  request: StartGenerationBody,
): Promise<Generation | undefined> {
  const { client, videoId, pendingKey, report } = context;
  pendingKey.current ??= crypto.randomUUID();
  report({ phase: 'starting' });
  try {
    const generation = await client.json<Generation>(
      `/api/videos/${encodeURIComponent(videoId)}/generations`,
      {
        method: 'POST',
        body: request,
        headers: { 'idempotency-key': pendingKey.current },
      },
    );
    pendingKey.current = undefined;
    return await followGeneration(context, generation);
  } catch (error) {
    const apiError = error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error));
    // Only an answer that says "not started" ends the intent; otherwise a retry must reuse the key.
    if (apiError.status >= 400 && apiError.status < 500) pendingKey.current = undefined;
    report(failedRequest(apiError, request.billing));
    return undefined;
  }
}

/** Follows a started (or, after a reload, already running) generation to its end. */
export async function followGeneration(
  { client, live, report }: Pick<RunContext, 'client' | 'live' | 'report'>,
  generation: Generation,
): Promise<Generation> {
  let current = generation;
  while (live.current && (current.status === 'queued' || current.status === 'in_progress')) {
    report({ phase: 'running', generation: current });
    await new Promise((r) => setTimeout(r, pollMs));
    try {
      current = await client.json<Generation>(`/api/generations/${encodeURIComponent(current.id)}`);
    } catch (error) {
      // A dropped poll is not a failed generation: keep following.
      if (error instanceof ApiError && error.status !== 0 && error.status < 500) throw error;
    }
  }
  if (!live.current) return current;
  if (current.status === 'completed') report({ phase: 'succeeded', generation: current });
  else report(failedGeneration(current));
  return current;
}

function failedRequest(error: ApiError, billing: Billing): GenerationState {
  const message = error.message;
  if (error.status === 402 && error.code === 'insufficient_credits') {
    // A premium user short of credits: their key if it can pay, else a way to get credits.
    return { phase: 'failed', message, recoveries: ['use-key', 'get-credits'] };
  }
  if (error.status === 402) {
    return {
      phase: 'failed',
      message,
      recoveries: billing === 'credits' ? ['upgrade', 'add-key'] : ['upgrade'],
    };
  }
  if (error.status === 429) {
    // The service names the limit and the wait; the card counts it down.
    const limit = reachedLimit(error);
    return { phase: 'failed', message, recoveries: ['retry'], ...(limit ? { limit } : {}) };
  }
  // The provider refused the user's own key (now marked invalid), or the key cannot be used.
  if (
    (error.code === 'provider_auth_failed' && billing === 'byok') ||
    (/key/.test(error.code) && error.status < 500)
  ) {
    return {
      phase: 'failed',
      message,
      recoveries: billing === 'byok' ? ['update-key', 'use-credits'] : ['update-key'],
    };
  }
  return { phase: 'failed', message, recoveries: ['retry'] };
}
