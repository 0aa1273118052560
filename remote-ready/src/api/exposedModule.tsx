// What every exposed module does before rendering: check that the host's React can run it and
// that the props it passes meet the federated contract (so a host wired wrongly learns what is
// wrong through `onError` instead of getting a broken page), build the API client from them,
// and draw the page isolated from the host's styles.
import {
  REQUIRED_REACT_MAJOR,
  propsShape,
  reactIncompatibleMessage,
  remoteErrorCodes,
  type RemoteApi,
  type RemoteError,
} from '@scenra/contracts';
import { useMemo, version as hostReactVersion, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from './client.ts';
import { commonStrings } from '../strings.ts';
import { ReportErrorContext, reporterFor, useReportedError } from './reportError.ts';
import { IsolatedRoot } from '../ui/IsolatedRoot.tsx';

export function describePropsProblem(
  schema: propsShape.Rule<unknown>,
  props: unknown,
): string | undefined {
  const problems = propsShape.problemsOf(schema, props);
  return problems.length ? problems.join('; ') : undefined;
}

/** The React shared with the host is the one this module runs on; older majors misrender it. */
export function describeReactProblem(reactVersion: string): RemoteError | undefined {
  const major = Number(reactVersion.split('.')[0]);
  if (major >= REQUIRED_REACT_MAJOR) return undefined;
  return {
    code: remoteErrorCodes.reactIncompatible,
    message: reactIncompatibleMessage(reactVersion),
  };
}

/**
 * First call of every exposed component, before it creates any element: on a host whose
 * shared React is older than 19, the remote's own JSX runtime makes elements that React cannot
 * render, so the component must return `null` at once. Reports the mismatch through `onError`.
 */
export function useIncompatibleReact(onError: unknown, reactVersion = hostReactVersion): boolean {
  const problem = describeReactProblem(reactVersion);
  const report = useMemo(() => reporterFor(onError), [onError]);
  useReportedError(problem, report);
  return problem !== undefined;
}

/** Renders `render(client)` when `props` meet `schema`, else an alert naming what is wrong. */
export function CheckedModule<P extends { api: RemoteApi; onError?: unknown }>({
  schema,
  props,
  pageName,
  render,
}: {
  schema: propsShape.Rule<unknown>;
  props: P;
  /** How the page is named in the alert, e.g. "The ready page". */
  pageName: string;
  render: (client: ApiClient) => ReactNode;
}) {
  const problem = describePropsProblem(schema, props);
  const report = useMemo(() => reporterFor(props.onError), [props.onError]);
  const client = useMemo(() => createApiClient(props.api), [props.api]);
  useReportedError(
    problem
      ? {
          code: remoteErrorCodes.propsInvalid,
          message: commonStrings.propsInvalid(pageName, problem),
        }
      : undefined,
    report,
  );
  return (
    <IsolatedRoot>
      <ReportErrorContext.Provider value={report}>
        {problem ? (
          <div role="alert" data-testid="remote-props-error">
            {commonStrings.propsInvalid(pageName, problem)}
          </div>
        ) : (
          render(client)
        )}
      </ReportErrorContext.Provider>
    </IsolatedRoot>
  );
}
