// Starts a generation and follows it to the end. One Idempotency-Key per user intent: a retry
// after an unknown outcome (network drop, 5xx) reuses it, so the service runs one job and
// debits once; a new click after a clear failure is a new intent with a new key.
import type { Billing, Generation } from '@scenra/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client.ts';

export type Recovery = 'retry' | 'update-key' | 'upgrade' | 'use-credits' | 'add-key';

export type GenerationState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; generation: Generation }
  | { phase: 'succeeded'; generation: Generation }
  | { phase: 'failed'; message: string; recoveries: Recovery[] };

export interface GenerationRequest {
  billing: Billing;
  keyId?: string;
  providerId: string;
  model: string;
  seconds: number;
  size: string;
}

const pollMs = 1500;

export function useGeneration(client: ApiClient, videoId: string) {
  const [state, setState] = useState<GenerationState>({ phase: 'idle' });
  const pendingKey = useRef<string | undefined>(undefined);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const follow = useCallback(
    async (generation: Generation) => {
      let current = generation;
      while (live.current && (current.status === 'queued' || current.status === 'in_progress')) {
        setState({ phase: 'running', generation: current });
        await new Promise((r) => setTimeout(r, pollMs));
        try {
          current = await client.json<Generation>(`/api/generations/${encodeURIComponent(current.id)}`);
        } catch (error) {
          // A dropped poll is not a failed generation: keep following.
          if (error instanceof ApiError && error.status !== 0 && error.status < 500) throw error;
        }
      }
      if (!live.current) return current;
      if (current.status === 'completed') setState({ phase: 'succeeded', generation: current });
      else setState(failedGeneration(current));
      return current;
    },
    [client],
  );

  const start = useCallback(
    async (request: GenerationRequest): Promise<Generation | undefined> => {
      pendingKey.current ??= crypto.randomUUID();
      setState({ phase: 'starting' });
      try {
        const generation = await client.json<Generation>(`/api/videos/${encodeURIComponent(videoId)}/generations`, {
          method: 'POST',
          body: request,
          headers: { 'idempotency-key': pendingKey.current },
        });
        pendingKey.current = undefined;
        return await follow(generation);
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error));
        // Only an answer that says "not started" ends the intent; otherwise a retry must reuse the key.
        if (apiError.status >= 400 && apiError.status < 500) pendingKey.current = undefined;
        setState(failedRequest(apiError, request.billing));
        return undefined;
      }
    },
    [client, videoId, follow],
  );

  return { state, start, reset: () => setState({ phase: 'idle' }) };
}

function failedGeneration(generation: Generation): GenerationState {
  const refund = generation.refunded && generation.creditsCharged > 0 ? ' Your credits were refunded.' : '';
  const keyRejected = generation.error?.code === 'key_invalid' || generation.error?.code === 'provider_unauthorized';
  return {
    phase: 'failed',
    message: `${generation.error?.message ?? 'The provider could not make this video.'}${refund}`,
    recoveries: keyRejected ? ['update-key', ...(generation.billing === 'byok' ? (['use-credits'] as const) : [])] : ['retry'],
  };
}

function failedRequest(error: ApiError, billing: Billing): GenerationState {
  const message = error.message;
  if (error.status === 402) {
    return { phase: 'failed', message, recoveries: billing === 'credits' ? ['upgrade', 'add-key'] : ['upgrade'] };
  }
  if (error.status === 429) {
    const wait = error.retryAfterSec ? ` Try again in ${Math.ceil(error.retryAfterSec / 60)} min.` : '';
    return { phase: 'failed', message: `${message}${wait}`, recoveries: ['retry'] };
  }
  if (/key/.test(error.code) && error.status < 500) {
    return { phase: 'failed', message, recoveries: billing === 'byok' ? ['update-key', 'use-credits'] : ['update-key'] };
  }
  if (error.status === 0 || error.status >= 500) return { phase: 'failed', message, recoveries: ['retry'] };
  return { phase: 'failed', message, recoveries: ['retry'] };
}
