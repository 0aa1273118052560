// A limit the user reached, said as a person would ("Try again in 57 minutes"), counting down
// to the moment they can try again.
import { limitReachedMessage, readRateLimitDetails, type LimitName } from '@scenra/contracts';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { commonStrings } from '../strings.ts';

export interface ReachedLimit {
  which: LimitName;
  /** Epoch milliseconds from which trying again is allowed. */
  retryAt: number;
}

/** The limit a 429 names, with its deadline from now; undefined for any other error. */
export function reachedLimit(error: unknown, now = Date.now()): ReachedLimit | undefined {
  if (!(error instanceof ApiError) || error.status !== 429) return undefined;
  const details = readRateLimitDetails(error.details);
  if (!details) return undefined;
  return { which: details.which, retryAt: now + details.retryAfterSec * 1000 };
}

/** The sentence for a limit at a given moment; "You can try again now." once it has passed. */
export function limitSentence(limit: ReachedLimit, now: number): string {
  const left = (limit.retryAt - now) / 1000;
  return left > 0 ? limitReachedMessage(limit.which, left) : commonStrings.tryAgainNow;
}

export function LimitNotice({ limit }: { limit: ReachedLimit }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const left = limit.retryAt - now;
    if (left <= 0) return;
    // Seconds count down each second; minutes and hours are refreshed every few seconds.
    const timer = setTimeout(() => setNow(Date.now()), left < 60_000 ? 1000 : 5000);
    return () => clearTimeout(timer);
  }, [limit, now]);
  return <span data-testid="limit-notice">{limitSentence(limit, now)}</span>;
}
