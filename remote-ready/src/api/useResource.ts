// Loads one thing from the API for a component: loading, data or error, and a reload.
import { startTransition, useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void; replace: (next: T) => void }
  | { state: 'error'; error: Error; reload: () => void };

export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; data?: T; error?: Error } | undefined>();

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      // A transition: what the answer draws (a whole page, often) renders in slices that yield
      // to the browser, not in one task that blocks input on a phone.
      (data) => startTransition(() => setResult({ key, data })),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setResult({ key, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render by callers; `key` and `attempt` say when to refetch.
  }, [key, attempt]);

  const reload = useCallback(() => {
    setResult(undefined);
    setAttempt((n) => n + 1);
  }, []);
  const replace = useCallback((data: T) => setResult({ key, data }), [key]);

  if (!result || result.key !== key) return { state: 'loading', reload };
  if (result.error) return { state: 'error', error: result.error, reload };
  return { state: 'ready', data: result.data as T, reload, replace };
}
