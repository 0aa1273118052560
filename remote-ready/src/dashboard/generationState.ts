// What the generate card shows, as data: idle, starting, running (with progress), succeeded, or
// failed with the ways to recover. Shared by the hook that holds it (useGeneration.ts) and the
// runner that moves it on (generationRunner.ts), so neither imports the other.
import type { Generation } from '@scenra/contracts';
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
export function stateOf(latest: Generation | undefined): GenerationState {
  if (!latest) return { phase: 'idle' };
  if (latest.status === 'completed') return { phase: 'succeeded', generation: latest };
  if (latest.status === 'failed') return failedGeneration(latest);
  return { phase: 'running', generation: latest };
}
