// Exposed as `remote_ready/ApiKeysSettings`: the host mounts it at its API-keys settings route.
import '../api/zodConfig.ts'; // first: before any contract schema is built
import { ApiKeysSettingsProps, FEDERATION_CONTRACT_VERSION } from '@scenra/contracts';
import { useMemo } from 'react';
import { describePropsProblem } from '../dashboard/propsCheck.ts';
import { createApiClient } from '../api/client.ts';
import { KeysPage } from './KeysPage.tsx';

/** The props contract this build implements; the host refuses an incompatible major. */
export const contractVersion = FEDERATION_CONTRACT_VERSION;

export default function ApiKeysSettings(props: ApiKeysSettingsProps) {
  const problem = describePropsProblem(ApiKeysSettingsProps, props);
  const api = useMemo(() => createApiClient(props.api), [props.api]);
  if (problem) {
    return (
      <div role="alert" data-testid="remote-props-error">
        The settings page could not start because the host passed unexpected settings ({problem}).
      </div>
    );
  }
  return <KeysPage {...props} client={api} />;
}
