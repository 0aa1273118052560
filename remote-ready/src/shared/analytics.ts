// Emits the typed analytics events of the contract through the host's `onEvent`, if any.
// A host's faulty listener must never break the page.
import { analyticsEvent, type AnalyticsEvent, type AnalyticsEventName } from '@scenra/contracts';

export type Emit = (name: AnalyticsEventName, properties?: AnalyticsEvent['properties']) => void;

export function createEmitter(
  onEvent: ((event: AnalyticsEvent) => void) | undefined,
  videoId?: string,
): Emit {
  return (name, properties = {}) => {
    if (!onEvent) return;
    try {
      onEvent(analyticsEvent(name, videoId, properties));
    } catch (error) {
      console.error('onEvent failed', error);
    }
  };
}
