// Exposed as `remote_ready/ApiKeysSettings`: the host mounts it at its API-keys settings route.
import { ApiKeysSettingsProps, FEDERATION_CONTRACT_VERSION } from '@scenra/contracts';
import { CheckedModule, useIncompatibleReact } from '../api/exposedModule.tsx';
import { KeysPage } from './KeysPage.tsx';
import { settingsStrings } from './strings.ts';

/** The props contract this build implements; the host refuses an incompatible major. */
export const contractVersion = FEDERATION_CONTRACT_VERSION;

export default function ApiKeysSettings(props: ApiKeysSettingsProps) {
  // Before any element is created: an older React could not even render the first one.
  if (useIncompatibleReact(props.onError)) return null;
  return (
    <CheckedModule
      schema={ApiKeysSettingsProps}
      props={props}
      pageName={settingsStrings.pageName}
      render={(client) => <KeysPage {...props} client={client} />}
    />
  );
}
