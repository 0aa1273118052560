// Adding a key: provider, optional name, the key (hidden unless the user asks to see it). The
// service checks it with the provider before answering; its warnings are shown as they come.
import type { CreateApiKeyBody, CreateApiKeyResult, ProviderOffer } from '@scenra/contracts';
import { useId, useState, type FormEvent } from 'react';
import { ApiError, type ApiClient } from '../api/client.ts';
import { settingsStrings } from './strings.ts';

const strings = settingsStrings.add;

export interface AddKeyFormProps {
  providers: ProviderOffer[];
  client: ApiClient;
  onAdded(created: CreateApiKeyResult, message: string): void;
}

type Field = 'provider' | 'keyName' | 'apiKey';

export function AddKeyForm({ providers, client, onAdded }: AddKeyFormProps) {
  const id = useId();
  const usable = providers.filter((p) => p.status === 'active');
  const [provider, setProvider] = useState('');
  const [keyName, setKeyName] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const chosen = provider || usable[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const created = await client.json<CreateApiKeyResult>('/api/user/api-keys', {
        method: 'POST',
        body: {
          provider: chosen,
          apiKey,
          ...(keyName.trim() ? { keyName: keyName.trim() } : {}),
        } satisfies CreateApiKeyBody,
      });
      setApiKey('');
      setKeyName('');
      setVisible(false);
      const warnings = created.warnings.map((w) => w.message).join(' ');
      onAdded(created, strings.added(created.masked, created.status === 'valid', warnings));
    } catch (cause) {
      setErrors(fieldErrors(cause));
    } finally {
      setBusy(false);
    }
  };

  const describe = (field: Field) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};
  const fieldError = (field: Field) =>
    errors[field] && (
      <span id={`${id}-${field}-error`} className="srs-field-error">
        {errors[field]}
      </span>
    );

  return (
    <form
      className="srs-form"
      onSubmit={(e) => void submit(e)}
      data-testid="add-key-form"
      noValidate
    >
      <label>
        {strings.provider}
        <select
          value={chosen}
          onChange={(e) => setProvider(e.target.value)}
          {...describe('provider')}
        >
          {providers.map((p) => (
            <option key={p.id} value={p.id} disabled={p.status !== 'active'}>
              {p.label}
              {p.status !== 'active' ? strings.retired : ''}
            </option>
          ))}
        </select>
        {fieldError('provider')}
      </label>
      <label>
        {strings.name}
        <input
          value={keyName}
          onChange={(e) => setKeyName(e.target.value)}
          maxLength={60}
          placeholder={strings.namePlaceholder}
          autoComplete="off"
          {...describe('keyName')}
        />
        {fieldError('keyName')}
      </label>
      <div>
        <label htmlFor={`${id}-key`}>{strings.key}</label>
        <div className="srs-key">
          <input
            id={`${id}-key`}
            type={visible ? 'text' : 'password'}
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            required
            {...describe('apiKey')}
          />
          <button
            type="button"
            className="srd-button srd-secondary"
            aria-pressed={visible}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? strings.hide : strings.show}
          </button>
        </div>
        {fieldError('apiKey')}
      </div>
      {errors.form && (
        <p role="alert" className="srd-error srd-small">
          {errors.form}
        </p>
      )}
      <div>
        <button type="submit" className="srd-button" disabled={busy || !chosen || !apiKey.trim()}>
          {busy ? strings.submitting : strings.submit}
        </button>
      </div>
    </form>
  );
}

/** The service names the bad fields in `details`; anything else is a message for the form. */
function fieldErrors(cause: unknown): Partial<Record<Field | 'form', string>> {
  if (cause instanceof ApiError && Array.isArray(cause.details)) {
    const out: Partial<Record<Field | 'form', string>> = {};
    for (const detail of cause.details as Array<{ field?: string; message?: string }>) {
      const field = detail.field?.replace(/^body\./, '');
      if (field === 'provider' || field === 'keyName' || field === 'apiKey')
        out[field] = strings.fieldError(strings.fieldNames[field], detail.message);
    }
    if (Object.keys(out).length > 0) return out;
  }
  return { form: cause instanceof Error ? cause.message : String(cause) };
}
