// What every exposed module does before rendering: check the props a host passes against the
// federated contract (so a host wired wrongly gets a precise message instead of a broken page)
// and build the API client from them.
import type { RemoteApi } from '@scenra/contracts';
import { useMemo, type ReactNode } from 'react';
import type * as z from 'zod/mini';
import { createApiClient, type ApiClient } from './client.ts';
import { commonStrings } from '../strings.ts';

export function describePropsProblem(schema: z.ZodMiniType, props: unknown): string | undefined {
  const result = schema.safeParse(props);
  if (result.success) return undefined;
  return result.error.issues
    .map((issue) => `${issue.path.join('.') || 'props'}: ${issue.message}`)
    .join('; ');
}

/** Renders `render(client)` when `props` meet `schema`, else an alert naming what is wrong. */
export function CheckedModule<P extends { api: RemoteApi }>({
  schema,
  props,
  pageName,
  render,
}: {
  schema: z.ZodMiniType;
  props: P;
  /** How the page is named in the alert, e.g. "The ready page". */
  pageName: string;
  render: (client: ApiClient) => ReactNode;
}) {
  const problem = describePropsProblem(schema, props);
  const client = useMemo(() => createApiClient(props.api), [props.api]);
  if (problem) {
    return (
      <div role="alert" data-testid="remote-props-error">
        {commonStrings.propsInvalid(pageName, problem)}
      </div>
    );
  }
  return render(client);
}
