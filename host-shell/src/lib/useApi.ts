// Loads one API resource for a host page, with a retry.
import { useEffect, useState } from 'react';
import { apiGet } from './api.ts';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'error'; message: string; status: number };

export function useApi<T>(baseUrl: string, path: string): [Loaded<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; value: Loaded<T> } | undefined>();
  const key = `${path}#${attempt}`;
  useEffect(() => {
    const controller = new AbortController();
    apiGet<T>(baseUrl, path, controller.signal).then(
      (data) => setResult({ key, value: { state: 'ready', data } }),
      (error: { message: string; status?: number }) => {
        if (!controller.signal.aborted)
          setResult({
            key,
            value: { state: 'error', message: error.message, status: error.status ?? 0 },
          });
      },
    );
    return () => controller.abort();
  }, [baseUrl, path, key]);
  return [
    result?.key === key ? result.value : { state: 'loading' },
    () => setAttempt((n) => n + 1),
  ];
}
