// "Change" on the key bar: choose who pays for the next generation, Scenra credits (premium) or
// one of the user's keys. The choice applies at once and is remembered (payerChoice.ts).
import type { Billing } from '@scenra/contracts';
import { useEffect, useId, useRef } from 'react';
import { usableKeys, type Account } from '../api/account.ts';
import type { PayerChoice } from './payerChoice.ts';
import { payerStrings as strings } from './onDemandStrings.ts';

export interface PayerChooserProps {
  account: Account;
  billing: Billing;
  keyId: string | undefined;
  onChoose(choice: PayerChoice): void;
  onManageKeys(): void;
  onClose(): void;
}

export default function PayerChooser({
  account,
  billing,
  keyId,
  onChoose,
  onManageKeys,
  onClose,
}: PayerChooserProps) {
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const providerLabel = (provider: string) =>
    account.providers.find((p) => p.id === provider)?.label ?? provider;
  const options: Array<{ value: string; label: string; choice: PayerChoice }> = [
    ...(account.tier === 'premium'
      ? [
          {
            value: 'credits',
            label: strings.credits(account.credits),
            choice: { billing: 'credits' as const, keyId },
          },
        ]
      : []),
    ...usableKeys(account).map((key) => ({
      value: key.id,
      label: strings.key(
        providerLabel(key.provider),
        key.keyName,
        key.masked,
        key.status === 'unchecked',
      ),
      choice: { billing: 'byok' as const, keyId: key.id },
    })),
  ];
  const current = billing === 'credits' ? 'credits' : keyId;

  return (
    <div className="srd-payer" data-testid="payer-chooser">
      <fieldset className="srd-fieldset">
        <legend>{strings.legend}</legend>
        {options.map((option, index) => (
          <label key={option.value}>
            <input
              ref={index === 0 ? first : undefined}
              type="radio"
              name={`${id}-payer`}
              checked={current === option.value}
              onChange={() => onChoose(option.choice)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="srd-row">
        <button type="button" className="srd-button" onClick={onClose}>
          {strings.done}
        </button>
        <button type="button" className="srd-link" onClick={onManageKeys}>
          {strings.manage}
        </button>
      </div>
    </div>
  );
}
