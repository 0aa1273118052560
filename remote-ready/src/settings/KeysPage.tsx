// The API-keys settings page: the user's provider keys, masked, with their status.
import type { ApiKeyList, ApiKeysSettingsProps } from '@scenra/contracts';
import type { ApiClient } from '../api/client.ts';
import { useResource } from '../api/useResource.ts';
import { dashboardCss } from '../dashboard/dashboard.css.ts';

export interface KeysPageProps extends ApiKeysSettingsProps {
  client: ApiClient;
}

export function KeysPage({ client }: KeysPageProps) {
  const keys = useResource(
    (signal) => client.json<ApiKeyList>('/api/user/api-keys', { signal }),
    'keys',
  );
  return (
    <div className="srd-root" data-testid="remote-api-keys-settings" data-remote="remote_ready">
      <style>{dashboardCss}</style>
      <h1 className="srd-title">API keys</h1>
      {keys.state === 'loading' && <p aria-busy="true">Loading your keys…</p>}
      {keys.state === 'error' && (
        <div role="alert" className="srd-error">
          <p>We could not load your keys: {keys.error.message}</p>
          <button type="button" className="srd-button" onClick={keys.reload}>
            Retry
          </button>
        </div>
      )}
      {keys.state === 'ready' &&
        (keys.data.keys.length === 0 ? (
          <p>No keys yet.</p>
        ) : (
          <ul>
            {keys.data.keys.map((key) => (
              <li key={key.id}>
                {key.provider} · {key.keyName} · {key.masked} · {key.status}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
