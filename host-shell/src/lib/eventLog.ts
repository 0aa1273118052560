// Where the host sends the remote's analytics events: here, an in-memory log shown in
// development. A production host would forward them to its analytics pipeline instead.
import type { AnalyticsEvent } from '@scenra/contracts';
import { useSyncExternalStore } from 'react';

const maxEvents = 50;
let events: AnalyticsEvent[] = [];
const listeners = new Set<() => void>();

export function recordEvent(event: AnalyticsEvent): void {
  events = [event, ...events].slice(0, maxEvents);
  listeners.forEach((notify) => notify());
}

export function useEventLog(): AnalyticsEvent[] {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => events,
  );
}
