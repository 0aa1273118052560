// What a page section shows when its data could not load: the reason and a way to try again.
import { commonStrings as strings } from '../strings.ts';

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
      <p>{strings.loadFailed(what, message)}</p>
      <button type="button" className="srd-button srd-secondary" onClick={onRetry}>
        {strings.retry}
      </button>
    </div>
  );
}
