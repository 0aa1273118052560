// The API-keys settings page: the user's provider keys (masked, with status, last use and last
// check), adding one, checking and deleting them with their recent activity, and every share
// link the user made.
import type { ApiKeyList, ApiKeysSettingsProps, ProviderCatalog } from '@scenra/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../api/client.ts';
import { useResource } from '../api/useResource.ts';
import { baseCss } from '../ui/base.css.ts';
import { createEmitter } from '../shared/analytics.ts';
import { settingsCss } from './settings.css.ts';
import { KeyItem } from './KeyItem.tsx';
import { AddKeyForm } from './AddKeyForm.tsx';
import { SharesSection } from './SharesSection.tsx';
import { VideosSection } from './VideosSection.tsx';
import { LoadError } from '../ui/LoadError.tsx';
import { LoadState } from './LoadState.tsx';
import { settingsStrings as strings } from './strings.ts';

export interface KeysPageProps extends ApiKeysSettingsProps {
  client: ApiClient;
}

export function KeysPage({ client, onEvent, onReady }: KeysPageProps) {
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
  // Where focus goes when the key that had it is deleted: the list's heading, not <body>.
  const keysHeading = useRef<HTMLHeadingElement>(null);
  const drawn = keys.state !== 'loading';
  useEffect(() => {
    if (drawn) onReady?.({ title: strings.title });
  }, [drawn, onReady]);

  return (
    <div className="srd-root" data-testid="remote-api-keys-settings" data-remote="remote_ready">
      <style>{baseCss + settingsCss}</style>
      <h1 className="srd-title">{strings.title}</h1>
      <p className="srs-lead">{strings.lead}</p>
      <p role="status" className="srs-status" data-testid="settings-status">
        {notice}
      </p>

      <section className="srs-section" aria-labelledby="srs-keys">
        <h2 id="srs-keys" ref={keysHeading} tabIndex={-1}>
          {strings.keys.heading}
        </h2>
        <LoadState
          resource={keys}
          loading={strings.keys.loading}
          loadFailed={strings.keys.loadFailed}
        />
        {keys.state === 'ready' &&
          (keys.data.keys.length === 0 ? (
            <p data-testid="no-keys">{strings.keys.none}</p>
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
                    if (!next) keysHeading.current?.focus();
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
        <h2 id="srs-add">{strings.add.heading}</h2>
        {catalog.state === 'error' ? (
          <LoadError
            what={strings.add.providersFailed}
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
      <VideosSection client={client} onNotice={setNotice} />
    </div>
  );
}
