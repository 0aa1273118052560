// One stored key: what it is, what the provider last said, and what the user can do with it.
import type { ApiKeyAuditList, ApiKeySummary, ValidateApiKeyResult } from '@scenra/contracts';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client.ts';
import type { Emit } from '../shared/analytics.ts';
import { messageOf, when } from './format.ts';
import { LimitNotice, reachedLimit, type ReachedLimit } from '../ui/LimitNotice.tsx';
import { settingsStrings } from './strings.ts';

const strings = settingsStrings.key;

export interface KeyItemProps {
  apiKey: ApiKeySummary;
  providerLabel: string;
  client: ApiClient;
  emit: Emit;
  /** The key changed (`next`) or was deleted (`undefined`), with a sentence for the status line. */
  onChanged(next: ApiKeySummary | undefined, message: string): void;
}

export function KeyItem({ apiKey, providerLabel, client, emit, onChanged }: KeyItemProps) {
  const [busy, setBusy] = useState<'check' | 'delete'>();
  const [error, setError] = useState<string>();
  const [limit, setLimit] = useState<ReachedLimit>();
  const [confirming, setConfirming] = useState(false);
  const [activityOpen, setActivityOpen] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const path = `/api/user/api-keys/${encodeURIComponent(apiKey.id)}`;
  const name = strings.name(providerLabel, apiKey.keyName, apiKey.masked);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const check = async () => {
    setBusy('check');
    setError(undefined);
    setLimit(undefined);
    try {
      const result = await client.json<ValidateApiKeyResult>(`${path}/validate`, {
        method: 'POST',
      });
      emit('api_key_validated', {
        provider: apiKey.provider,
        status: result.status,
        outcome: result.outcome,
      });
      onChanged(
        {
          ...apiKey,
          status: result.status,
          isValid: result.isValid,
          lastValidatedAt: result.checkedAt,
        },
        strings.checked(name, result.message),
      );
    } catch (cause) {
      // A reached limit counts down to when checking works again.
      const reached = reachedLimit(cause);
      if (reached) setLimit(reached);
      else setError(strings.checkFailed(messageOf(cause)));
    } finally {
      setBusy(undefined);
    }
  };

  const remove = async () => {
    setBusy('delete');
    setError(undefined);
    try {
      await client.json(path, { method: 'DELETE' });
      emit('api_key_removed', { provider: apiKey.provider });
      onChanged(undefined, strings.deleted(name));
    } catch (cause) {
      setError(strings.deleteFailed(messageOf(cause)));
      setBusy(undefined);
    }
  };

  return (
    <li className="srs-item" data-testid="key-item" data-key-id={apiKey.id}>
      <h3>{strings.heading(providerLabel, apiKey.keyName)}</h3>
      <dl className="srs-facts">
        <div>
          <dt>{strings.facts.key}</dt>
          <dd data-testid="key-masked">{apiKey.masked}</dd>
        </div>
        <div>
          <dt>{strings.facts.status}</dt>
          <dd>
            <span
              className={`srs-badge srs-${apiKey.status}`}
              data-testid="key-status"
              data-status={apiKey.status}
            >
              {strings.statuses[apiKey.status]}
            </span>
          </dd>
        </div>
        <div>
          <dt>{strings.facts.lastUsed}</dt>
          <dd>{when(apiKey.lastUsedAt)}</dd>
        </div>
        <div>
          <dt>{strings.facts.lastChecked}</dt>
          <dd data-testid="key-checked">{when(apiKey.lastValidatedAt)}</dd>
        </div>
      </dl>
      <div className="srd-row">
        <button
          type="button"
          className="srd-button srd-secondary"
          disabled={busy !== undefined}
          onClick={() => void check()}
          aria-label={strings.checkLabel(name)}
        >
          {busy === 'check' ? strings.checking : strings.check}
        </button>
        <button
          type="button"
          className="srd-button srd-secondary"
          aria-expanded={activityOpen}
          onClick={() => setActivityOpen((open) => !open)}
          aria-label={strings.activityLabel(name)}
        >
          {strings.activity}
        </button>
        <button
          type="button"
          className="srd-button srd-secondary"
          disabled={busy !== undefined}
          onClick={() => setConfirming(true)}
          aria-label={strings.deleteLabel(name)}
        >
          {strings.delete}
        </button>
      </div>
      {confirming && (
        <div className="srs-confirm" role="group" aria-label={strings.confirmLabel}>
          <p>{strings.confirm(name)}</p>
          <div className="srd-row">
            <button
              ref={confirmRef}
              type="button"
              className="srd-button srd-danger"
              disabled={busy !== undefined}
              onClick={() => void remove()}
            >
              {busy === 'delete' ? strings.deleting : strings.deleteKey}
            </button>
            <button
              type="button"
              className="srd-button srd-secondary"
              onClick={() => setConfirming(false)}
            >
              {strings.cancel}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="srd-error srd-small">
          {error}
        </p>
      )}
      {limit && (
        <p role="alert" className="srd-error srd-small">
          Could not check the key: <LimitNotice limit={limit} />
        </p>
      )}
      {activityOpen && (
        <KeyActivity client={client} path={`${path}/audit`} stamp={apiKey.lastValidatedAt ?? ''} />
      )}
    </li>
  );
}

function KeyActivity({ client, path, stamp }: { client: ApiClient; path: string; stamp: string }) {
  const [state, setState] = useState<{ events?: ApiKeyAuditList['events']; error?: string }>({});
  useEffect(() => {
    const controller = new AbortController();
    client.json<ApiKeyAuditList>(path, { signal: controller.signal }).then(
      (list) => setState({ events: list.events }),
      (cause: unknown) => {
        if (!controller.signal.aborted) setState({ error: messageOf(cause) });
      },
    );
    return () => controller.abort();
    // `stamp` refreshes the list after a check.
  }, [client, path, stamp]);
  let content;
  if (state.error) content = <p role="alert">{strings.activityFailed(state.error)}</p>;
  else if (!state.events) content = <p aria-busy="true">{strings.activityLoading}</p>;
  else if (state.events.length === 0) content = <p>{strings.activityNone}</p>;
  else
    content = (
      <ol className="srs-audit" aria-label={strings.activity}>
        {state.events.map((event) => (
          <li key={event.id}>
            {strings.actions[event.action] ?? event.action}
            {event.outcome ? ` (${event.outcome})` : ''} ·{' '}
            <time dateTime={event.at}>{when(event.at)}</time>
          </li>
        ))}
      </ol>
    );
  return (
    <div
      className="srd-small"
      data-testid="key-activity"
      data-loaded={Boolean(state.events || state.error)}
    >
      {content}
    </div>
  );
}
