// The generate card's state: idle, starting, running (with progress), succeeded or failed with
// the ways to recover. The work itself (generationRunner.ts) loads on the first click.
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

  const start = useCallback(
    async (request: GenerationRequest): Promise<Generation | undefined> => {
      setState({ phase: 'starting' });
      try {
        const { runGeneration } = await import('./generationRunner.ts');
        return await runGeneration(
          { client, videoId, pendingKey, live, report: setState },
          request,
        );
      } catch (error) {
        // The runner's code itself could not load (offline, remote redeployed): say so.
        const message =
          error instanceof ApiError
            ? error.message
            : 'Generation could not start. Check your connection and retry.';
        setState({ phase: 'failed', message, recoveries: ['retry'] });
        return undefined;
      }
    },
    [client, videoId],
  );

  return { state, start, reset: () => setState({ phase: 'idle' }) };
}
