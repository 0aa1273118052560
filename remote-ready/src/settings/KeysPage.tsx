// The API-keys settings page: the user's provider keys (masked, with status, last use and last
// check), adding one, checking and deleting them with their recent activity, and every share
// link the user made.
import type { ApiKeyList, ApiKeysSettingsProps, ProviderCatalog } from '@scenra/contracts';
import { useMemo, useState } from 'react';
import type { ApiClient } from '../api/client.ts';
import { useResource } from '../api/useResource.ts';
import { dashboardCss } from '../dashboard/dashboard.css.ts';
import { createEmitter } from '../dashboard/analytics.ts';
import { settingsCss } from './settings.css.ts';
import { KeyItem } from './KeyItem.tsx';
import { AddKeyForm } from './AddKeyForm.tsx';
import { SharesSection } from './SharesSection.tsx';
import { LoadError } from '../ui/LoadError.tsx';

export interface KeysPageProps extends ApiKeysSettingsProps {
  client: ApiClient;
}

export function KeysPage({ client, onEvent }: KeysPageProps) {
  const emit = useMemo(() => createEmitter(onEvent), [onEvent]);
  const keys = useResource(
    (signal) => client.json<ApiKeyList>('/api/user/api-keys', { signal }),
    'keys',
  );
  const catalog = useResource(
    (signal) => client.json<ProviderCatalog>('/api/providers', { signal }),
    'providers',
  );
  const [notice, setNotice] = useState<string>();
  const providers = catalog.state === 'ready' ? catalog.data.providers : [];
  const labelOf = (id: string) => providers.find((p) => p.id === id)?.label ?? id;

  return (
    <div className="srd-root" data-testid="remote-api-keys-settings" data-remote="remote_ready">
      <style>{dashboardCss + settingsCss}</style>
      <h1 className="srd-title">API keys</h1>
      <p className="srd-meta">
        Your own provider keys let you generate videos billed by your provider. Scenra stores them
        encrypted and never shows them again: only their last four characters.
      </p>
      <p role="status" className="srd-small" data-testid="settings-status">
        {notice}
      </p>

      <section className="srs-section" aria-labelledby="srs-keys">
        <h2 id="srs-keys">Your keys</h2>
        {keys.state === 'loading' && <p aria-busy="true">Loading your keys…</p>}
        {keys.state === 'error' && (
          <LoadError
            what="We could not load your keys"
            message={keys.error.message}
            onRetry={keys.reload}
          />
        )}
        {keys.state === 'ready' &&
          (keys.data.keys.length === 0 ? (
            <p data-testid="no-keys">
              No keys yet. Add one below to generate videos with your own provider account.
            </p>
          ) : (
            <ul className="srs-list" data-testid="key-list">
              {keys.data.keys.map((key) => (
                <KeyItem
                  key={key.id}
                  apiKey={key}
                  providerLabel={labelOf(key.provider)}
                  client={client}
                  emit={emit}
                  onChanged={(next, message) => {
                    setNotice(message);
                    keys.replace({
                      keys: next
                        ? keys.data.keys.map((k) => (k.id === next.id ? next : k))
                        : keys.data.keys.filter((k) => k.id !== key.id),
                    });
                  }}
                />
              ))}
            </ul>
          ))}
      </section>

      <section className="srs-section" aria-labelledby="srs-add">
        <h2 id="srs-add">Add a key</h2>
        {catalog.state === 'error' ? (
          <LoadError
            what="The list of providers could not load"
            message={catalog.error.message}
            onRetry={catalog.reload}
          />
        ) : (
          <AddKeyForm
            providers={providers}
            client={client}
            onAdded={(created, message) => {
              emit('api_key_added', { provider: created.provider, status: created.status });
              setNotice(message);
              keys.reload();
            }}
          />
        )}
      </section>

      <SharesSection client={client} emit={emit} onNotice={setNotice} />
    </div>
  );
}
