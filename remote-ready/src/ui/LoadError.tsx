// What a page section shows when its data could not load: the reason and a way to try again.

export function LoadError({
  what,
  message,
  onRetry,
}: {
  what: string;
  message: string;
  onRetry: () => void;
}) {
  return (
    <div role="alert" className="srd-error">
      <p>
        {what}: {message}
      </p>
      <button type="button" className="srd-button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
