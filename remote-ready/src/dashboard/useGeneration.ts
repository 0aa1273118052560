// The generate card's state: idle, starting, running (with progress), succeeded or failed with
// the ways to recover. It starts from the video's last generation (read with the page), so
// coming back resumes a running one, offers a finished one and explains a failed one instead of
// inviting a second, paid, "Generate". The work itself (generationRunner.ts) loads when there
// is something to follow or start.
import type { Generation, StartGenerationBody } from '@scenra/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client.ts';
import { readyStrings } from '../strings.ts';
import { stateOf, type GenerationState } from './generationState.ts';

const loadRunner = () => import('./generationRunner.ts');

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
    async (request: StartGenerationBody): Promise<Generation | undefined> => {
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
