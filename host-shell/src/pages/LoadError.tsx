// The host's one way of saying a page could not load, always with a way forward: a retry for
// what may work next time, the way home for what does not exist (a retry would not help).
import { Link } from './Link.tsx';

export function LoadError({
  message,
  status,
  onRetry,
}: {
  message: string;
  /** The service's HTTP status: 404 means there is nothing to retry. */
  status?: number;
  onRetry: () => void;
}) {
  if (status === 404)
    return (
      <div role="alert" className="hs-alert" data-testid="not-found">
        <h1>Video not found</h1>
        <p>This video does not exist, or it belongs to another account.</p>
        <Link className="hs-button" to="/">
          Go to your videos
        </Link>
      </div>
    );
  return (
    <div role="alert" className="hs-alert">
      <p>{message}</p>
      <button type="button" className="hs-button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
