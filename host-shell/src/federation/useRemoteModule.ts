// React state around loadRemoteWithRetries: 'loading' until the remote answers or the wait ends.
import { useEffect, useState } from 'react';
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
      if (live) setResult(loaded);
    });
    return () => {
      live = false;
    };
  }, [manifestUrl, exposed, timeoutMs]);
  return result;
}
