// React state around loadRemoteWithRetries: 'loading' until the remote answers or the wait ends.
import { startTransition, useEffect, useState } from 'react';
import type { ExposedName } from './loadRemoteModule.ts';
import { loadRemoteWithRetries, type RetriedLoadResult } from './retry.ts';

export function useRemoteModule<P>(
  manifestUrl: string,
  exposed: ExposedName,
  timeoutMs: number,
): RetriedLoadResult<P> | undefined {
  const [result, setResult] = useState<RetriedLoadResult<P> | undefined>();
  useEffect(() => {
    let live = true;
    loadRemoteWithRetries<P>(manifestUrl, exposed, timeoutMs).then((loaded) => {
      // A transition: React draws the remote's page in slices that yield to the browser, not
      // in one long task that blocks a phone's input while the whole page renders.
      if (live) startTransition(() => setResult(loaded));
    });
    return () => {
      live = false;
    };
  }, [manifestUrl, exposed, timeoutMs]);
  return result;
}
