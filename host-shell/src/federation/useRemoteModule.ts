// React state around loadRemoteModule: 'loading' until the remote answers or the wait ends.
import { useEffect, useState } from 'react';
import { loadRemoteModule, type ExposedName, type RemoteLoadResult } from './loadRemoteModule.ts';

export function useRemoteModule<P>(
  manifestUrl: string,
  exposed: ExposedName,
  timeoutMs: number,
): RemoteLoadResult<P> | undefined {
  const [result, setResult] = useState<RemoteLoadResult<P> | undefined>();
  useEffect(() => {
    let live = true;
    loadRemoteModule<P>(manifestUrl, exposed, timeoutMs).then((loaded) => {
      if (live) setResult(loaded);
    });
    return () => {
      live = false;
    };
  }, [manifestUrl, exposed, timeoutMs]);
  return result;
}
