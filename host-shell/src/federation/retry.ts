// Retries a remote that failed to load (its origin down for a moment, a dropped connection)
// with growing pauses before the page gives up and shows its own fallback. Timeouts and
// incompatible remotes are not retried: waiting again would not change the answer.
import { loadRemoteModule, type ExposedName, type RemoteLoadResult } from './loadRemoteModule.ts';

/** Pauses before the 2nd and 3rd attempts: a brief outage recovers, a real one falls back fast. */
export const retryDelaysMs = [250, 1000] as const;

export type RetriedLoadResult<P> = RemoteLoadResult<P> & { attempts: number };

export async function loadRemoteWithRetries<P>(
  manifestUrl: string,
  exposed: ExposedName,
  timeoutMs: number,
  delaysMs: readonly number[] = retryDelaysMs,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<RetriedLoadResult<P>> {
  let result = await loadRemoteModule<P>(manifestUrl, exposed, timeoutMs);
  let attempts = 1;
  for (const delay of delaysMs) {
    if (result.ok || result.reason !== 'unavailable') break;
    await sleep(delay);
    result = await loadRemoteModule<P>(manifestUrl, exposed, timeoutMs);
    attempts += 1;
  }
  return { ...result, attempts };
}
