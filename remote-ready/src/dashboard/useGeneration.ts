// The generate card's state: idle, starting, running (with progress), succeeded or failed with
// the ways to recover. It starts from the video's last generation (read with the page), so
// coming back resumes a running one, offers a finished one and explains a failed one instead of
// inviting a second, paid, "Generate". The work itself (generationRunner.ts) loads when there
// is something to follow or start.
import type { Billing, Generation } from '@scenra/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client.ts';
import type { ReachedLimit } from '../ui/LimitNotice.tsx';
import { readyStrings } from '../strings.ts';

export type Recovery =
  'retry' | 'update-key' | 'upgrade' | 'use-credits' | 'use-key' | 'get-credits' | 'add-key';

export type GenerationState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; generation: Generation }
  | { phase: 'succeeded'; generation: Generation }
  | {
      phase: 'failed';
      message: string;
      recoveries: Recovery[];
      /** Set when a limit was reached: the message counts down to it. */
      limit?: ReachedLimit;
    };

export interface GenerationRequest {
  billing: Billing;
  keyId?: string;
  providerId: string;
  model: string;
  seconds: number;
  size: string;
}

const loadRunner = () => import('./generationRunner.ts');

/** What a failed generation says, and the one way to try again (or to fix the key). */
export function failedGeneration(generation: Generation): GenerationState {
  const refund =
    generation.refunded && generation.creditsCharged > 0 ? readyStrings.generate.refunded : '';
  const keyRejected =
    generation.error?.code === 'provider_auth_failed' && generation.billing === 'byok';
  return {
    phase: 'failed',
    message: `${generation.error?.message ?? readyStrings.generate.providerFailed}${refund}`,
    recoveries: keyRejected ? ['update-key', 'use-credits'] : ['retry'],
  };
}

/** The card's state for the video's last generation, as the page opens. */
function stateOf(latest: Generation | undefined): GenerationState {
  if (!latest) return { phase: 'idle' };
  if (latest.status === 'completed') return { phase: 'succeeded', generation: latest };
  if (latest.status === 'failed') return failedGeneration(latest);
  return { phase: 'running', generation: latest };
}

export function useGeneration(client: ApiClient, videoId: string, latest: Generation | undefined) {
  const [state, setState] = useState<GenerationState>(() => stateOf(latest));
  const pendingKey = useRef<string | undefined>(undefined);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    // A generation still rendering when the page opened: follow it to its end.
    if (latest && (latest.status === 'queued' || latest.status === 'in_progress')) {
      loadRunner()
        .then(({ followGeneration }) =>
          followGeneration({ client, live, report: setState }, latest),
        )
        .catch(() => {
          // The runner could not load: the progress shown stays until the page is reloaded.
        });
    }
    return () => {
      live.current = false;
    };
    // Only the generation the page opened with is resumed; later ones are followed by `start`.
  }, []);

  const start = useCallback(
    async (request: GenerationRequest): Promise<Generation | undefined> => {
      setState({ phase: 'starting' });
      try {
        const { runGeneration } = await loadRunner();
        return await runGeneration(
          { client, videoId, pendingKey, live, report: setState },
          request,
        );
      } catch (error) {
        // The runner's code itself could not load (offline, remote redeployed): say so.
        const message =
          error instanceof ApiError ? error.message : readyStrings.generate.couldNotStart;
        setState({ phase: 'failed', message, recoveries: ['retry'] });
        return undefined;
      }
    },
    [client, videoId],
  );

  return { state, start, reset: () => setState({ phase: 'idle' }) };
}
