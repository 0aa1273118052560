// What a page section shows when its data could not load: the reason and a way to try again.
// The host learns of it too, through `onError`.
import { remoteErrorCodes } from '@scenra/contracts';
import { useReportedError } from '../api/reportError.ts';
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
  useReportedError({ code: remoteErrorCodes.loadFailed, message: `${what}: ${message}` });
  return (
    <div role="alert" className="srd-error">
      <p>{strings.loadFailed(what, message)}</p>
      <button type="button" className="srd-button srd-secondary" onClick={onRetry}>
        {strings.retry}
      </button>
    </div>
  );
}
