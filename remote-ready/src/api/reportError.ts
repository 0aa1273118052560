// How any part of a remote page tells the host about a problem it could not solve alone: the
// exposed wrapper provides the host's `onError` here, and the parts report through it.
import type { RemoteError } from '@scenra/contracts';
import { createContext, useContext, useEffect } from 'react';

export type ReportError = (error: RemoteError) => void;

/** Calls the host's `onError`, if it gave one; a throwing host callback never breaks the page. */
export function reporterFor(onError: unknown): ReportError {
  return (error) => {
    if (typeof onError !== 'function') return;
    try {
      (onError as ReportError)(error);
    } catch (thrown) {
      console.error('The host’s onError threw', thrown);
    }
  };
}

export const ReportErrorContext = createContext<ReportError>(() => {});

/** Reports `error` once each time its code and message change (nothing while undefined). */
export function useReportedError(error: RemoteError | undefined, report?: ReportError): void {
  const fromContext = useContext(ReportErrorContext);
  const send = report ?? fromContext;
  const code = error?.code;
  const message = error?.message;
  useEffect(() => {
    if (code !== undefined && message !== undefined) send({ code, message });
  }, [code, message, send]);
}
