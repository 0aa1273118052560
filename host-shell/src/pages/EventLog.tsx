// Development aid: the analytics events the remote emitted, newest first.
import { useEventLog } from '../lib/eventLog.ts';

export function EventLog() {
  const events = useEventLog();
  return (
    <details className="hs-log" data-testid="event-log">
      <summary>Analytics events ({events.length})</summary>
      <ol aria-live="polite">
        {events.map((event) => (
          <li key={`${event.at}-${event.name}`} data-event={event.name}>
            {event.name}
            {Object.keys(event.properties).length > 0 && ` ${JSON.stringify(event.properties)}`}
          </li>
        ))}
      </ol>
    </details>
  );
}
