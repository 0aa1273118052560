// The host's one way of saying a page could not load, always with a way forward.
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="hs-alert">
      <p>{message}</p>
      <button type="button" className="hs-button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
