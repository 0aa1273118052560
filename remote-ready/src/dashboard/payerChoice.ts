// Who pays for the next generation: Scenra credits or one of the user's keys. The choice is kept
// in the browser so it survives leaving the page and coming back; it is checked against the
// account every time, so a deleted key or a lapsed plan falls back to what is possible.
import type { Billing } from '@scenra/contracts';

export interface PayerChoice {
  billing: Billing;
  keyId?: string | undefined;
}

const storageKey = 'scenra:payer';

export function loadPayerChoice(): PayerChoice | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as PayerChoice | null;
    if (stored && (stored.billing === 'credits' || stored.billing === 'byok')) return stored;
  } catch {
    // Storage blocked or garbled: no remembered choice.
  }
  return undefined;
}

export function savePayerChoice(choice: PayerChoice): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(choice));
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}
