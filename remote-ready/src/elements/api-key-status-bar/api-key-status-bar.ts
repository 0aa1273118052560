import { html, nothing, type PropertyDeclarations } from 'lit';
import { ScenraElement } from '../shared/scenra-element.ts';
import { buttonStyles, themeStyles } from '../shared/theme.styles.ts';
import {
  ScenraBillingChangeEvent,
  ScenraKeyRequestEvent,
  type BillingChoice,
  type KeyIntent,
} from '../events.ts';
import { fill } from '../shared/strings.ts';
import { apiKeyStatusBarStyles } from './api-key-status-bar.styles.ts';

/**
 * The texts of `scenra-api-key-status-bar`; `{name}` placeholders are filled in: `{key}` is the
 * masked key (`••••abc1`), `{provider}` the `provider-label`, `{credits}` the credits left.
 */
export interface ApiKeyStatusBarStrings {
  /** Status of a valid key. Placeholder: `{provider}`. */
  valid: string;
  /** Status of a key not checked yet. Placeholder: `{provider}`. */
  unchecked: string;
  /** Ends the not-checked status. Placeholder: `{key}`. */
  notCheckedYet: string;
  /** Status of the user's key in the compact form. */
  yourKeyCompact: string;
  /** Status when Scenra credits pay. */
  payingWithCredits: string;
  /** Status when Scenra credits pay, in the compact form. */
  creditsCompact: string;
  /** Ends the credits status. Placeholder: `{credits}`. */
  creditsLeft: string;
  /** Status of an invalid key. Placeholder: `{key}`. */
  invalid: string;
  /** Status of a key without video access. Placeholder: `{key}`. */
  restricted: string;
  /** Status while the key is checked. */
  checking: string;
  /** Status without a key. */
  none: string;
  /** The cost estimate. Placeholder: `{estimate}`. */
  estimate: string;
  /** Button that asks to add a key. */
  add: string;
  /** Button that asks to manage the keys. */
  manage: string;
  /** Button that asks to check a key not checked yet. */
  check: string;
  /** Button that asks to replace an invalid key. */
  update: string;
  /** Button that asks to fix a key without video access. */
  fix: string;
  /** Button that asks to change who pays (with `changeable`). */
  change: string;
  /** Legend of the billing choice (premium). */
  billing: string;
  /** The pay-with-credits choice. Placeholder: `{credits}`. */
  useCredits: string;
  /** The pay-with-your-key choice. Placeholder: `{key}`. */
  useKey: string;
  /** The pay-with-your-key choice when the key is not usable. */
  useKeyNeedsValid: string;
}

/** The English texts, used for every entry `strings` leaves out. */
export const apiKeyStatusBarStrings: ApiKeyStatusBarStrings = {
  valid: 'Using your {provider} key',
  unchecked: 'Your {provider} key',
  notCheckedYet: '({key}) is not checked yet',
  yourKeyCompact: 'Your key',
  payingWithCredits: 'Paying with Scenra credits',
  creditsCompact: 'Credits',
  creditsLeft: '({credits} left)',
  invalid: 'API key invalid ({key})',
  restricted: 'Key {key} lacks video access',
  checking: 'Checking your key…',
  none: 'No API key configured',
  estimate: 'Est. {estimate}',
  add: 'Add key',
  manage: 'Manage keys',
  check: 'Check key',
  update: 'Update key',
  fix: 'Fix key',
  change: 'Change',
  billing: 'Generation method',
  useCredits: 'Use Scenra credits (remaining: {credits})',
  useKey: 'Use your API key ({key})',
  useKeyNeedsValid: 'Use your API key (needs a valid key)',
};

/**
 * What the bar says about the user's key for the current provider: what the provider last said
 * about a stored key (`valid`, `unchecked`, `invalid`, `restricted`), or `none` (no key) and
 * `checking` (being asked now).
 */
export type KeyBarStatus = 'none' | 'valid' | 'unchecked' | 'invalid' | 'restricted' | 'checking';

/** @deprecated The former name of {@link KeyBarStatus}. */
export type KeyStatus = KeyBarStatus;

/** Only the last four characters of a key are ever given to the element. */
const mask = (suffix: string): string => `••••${suffix}`;

/**
 * The API configuration line of the dashboard: one sentence saying who pays for a generation
 * (the user's key, or Scenra credits for a premium user who chose them), that key's health,
 * the cost estimate, and for premium users the choice between Scenra credits and their own
 * key. With `changeable`, a "Change" button asks the host to let the user choose which key (or
 * credits) pays. Shrinks to one compact line in narrow containers or with `compact`, where
 * "Change" stands in for the premium choice.
 *
 * @summary Shows the user's API key status, cost estimate and billing choice.
 * @tag scenra-api-key-status-bar
 *
 * @csspart bar - The outer box.
 * @csspart status - The status line.
 * @csspart billing - The credits / own-key choice (premium only).
 * @csspart action - The add / update / check / manage button.
 * @csspart change - The "Change" button (with `changeable`).
 *
 * @cssproperty [--scenra-success=#166534 / #86efac] - Edge colour of a valid key.
 * @cssproperty [--scenra-danger=#b91c1c / #fca5a5] - Colour of an invalid key.
 * @cssproperty [--scenra-warning=#92400e / #fcd34d] - Colour of a restricted key.
 * @cssproperty [--scenra-surface=#ffffff / #18181b] - Background.
 *
 * @fires {ScenraKeyRequestEvent} scenra-key-request - The user asked to add, update, manage or check a key, or to change who pays.
 * @fires {ScenraBillingChangeEvent} scenra-billing-change - A premium user picked credits or their key.
 */
export class ScenraApiKeyStatusBar extends ScenraElement {
  static override styles = [themeStyles, buttonStyles, apiKeyStatusBarStyles];

  static override properties: PropertyDeclarations = {
    status: { reflect: true },
    keySuffix: { attribute: 'key-suffix' },
    providerLabel: { attribute: 'provider-label' },
    estimate: {},
    tier: { reflect: true },
    credits: { type: Number },
    billing: { reflect: true },
    compact: { type: Boolean, reflect: true },
    changeable: { type: Boolean, reflect: true },
    strings: { type: Object },
  };

  /**
   * Key state: `none`, `valid`, `unchecked` (never confirmed by the provider: offers "Check
   * key"), `invalid` (red), `restricted` (lacks video access) or `checking`.
   */
  declare status: KeyBarStatus;

  /** Last four characters of the key, shown as `••••abc1`. */
  declare keySuffix: string;

  /** Name of the provider the key belongs to, e.g. "OpenAI-compatible gateway". */
  declare providerLabel: string;

  /** Cost estimate already formatted by the host, e.g. "~$0.50/video"; hidden when empty. */
  declare estimate: string;

  /** The user's plan: premium users choose how to pay. */
  declare tier: 'free' | 'premium';

  /** Scenra credits left (premium). */
  declare credits: number;

  /** Chosen billing for premium users: `credits` or `byok` (own key). */
  declare billing: BillingChoice;

  /** Forces the compact mobile form (it is also used automatically below 480px of width). */
  declare compact: boolean;

  /** Shows "Change": the user has more than one way to pay (several keys, or credits and a key). */
  declare changeable: boolean;

  /** Replacements for the texts it shows or announces (JSON in the attribute); the rest stay English. */
  declare strings: Partial<ApiKeyStatusBarStrings>;

  constructor() {
    super();
    this.status = 'none';
    this.keySuffix = '';
    this.providerLabel = 'API';
    this.estimate = '';
    this.tier = 'free';
    this.credits = 0;
    this.billing = 'credits';
    this.compact = false;
    this.changeable = false;
    this.strings = {};
  }

  get #t(): ApiKeyStatusBarStrings {
    return { ...apiKeyStatusBarStrings, ...this.strings };
  }

  #request(intent: KeyIntent): void {
    this.dispatchEvent(new ScenraKeyRequestEvent(intent));
  }

  #onBillingChange(event: Event): void {
    const billing = (event.target as HTMLInputElement).value as BillingChoice;
    this.billing = billing;
    this.dispatchEvent(new ScenraBillingChangeEvent(billing));
  }

  /** True when the sentence is about Scenra credits rather than the user's key. */
  get #payingWithCredits(): boolean {
    return this.tier === 'premium' && (this.billing === 'credits' || !this.#keyUsable);
  }

  get #keyUsable(): boolean {
    return this.status === 'valid' || this.status === 'unchecked';
  }

  #statusText() {
    const key = mask(this.keySuffix);
    const t = this.#t;
    const provider = this.providerLabel;
    if (this.status === 'checking') return html`${t.checking}`;
    if (this.#payingWithCredits)
      return html`<span class="status-long">${t.payingWithCredits} </span
        ><span class="compact-only">${t.creditsCompact} </span>${fill(t.creditsLeft, {
          credits: this.credits,
        })}`;
    switch (this.status) {
      case 'valid':
        return html`<span class="status-long">${fill(t.valid, { provider })} </span
          ><span class="compact-only">${t.yourKeyCompact} </span>(${key})`;
      case 'unchecked':
        return html`<span class="status-long">${fill(t.unchecked, { provider })} </span
          ><span class="compact-only">${t.yourKeyCompact} </span>${fill(t.notCheckedYet, { key })}`;
      case 'invalid':
        return html`${fill(t.invalid, { key })}`;
      case 'restricted':
        return html`${fill(t.restricted, { key })}`;
      default:
        return html`${t.none}`;
    }
  }

  #renderAction() {
    const t = this.#t;
    const actions: Record<KeyBarStatus, [KeyIntent, string] | null> = {
      none: ['add', t.add],
      valid: ['manage', t.manage],
      unchecked: ['check', t.check],
      invalid: ['update', t.update],
      restricted: ['update', t.fix],
      checking: null,
    };
    // An unknown status (bad attribute) is treated as "no key".
    const action = this.status in actions ? actions[this.status] : actions.none;
    const change =
      this.changeable && this.status !== 'checking'
        ? html`<button
            class="button secondary"
            part="change"
            type="button"
            @click=${() => this.#request('change')}
          >
            ${t.change}
          </button>`
        : nothing;
    if (!action) return nothing;
    const [intent, label] = action;
    return html`<div class="actions">
      ${change}
      <button
        class="button ${intent === 'manage' ? 'secondary manage' : 'primary'}"
        part="action"
        type="button"
        @click=${() => this.#request(intent)}
      >
        ${label}
      </button>
    </div>`;
  }

  #renderBilling() {
    if (this.tier !== 'premium') return nothing;
    const keyUsable = this.#keyUsable;
    // An unusable key cannot be the billing method, whatever the host last set.
    const billing: BillingChoice = keyUsable ? this.billing : 'credits';
    const t = this.#t;
    return html`<fieldset class="billing" part="billing">
      <legend>${t.billing}</legend>
      <label class="choice">
        <input
          type="radio"
          name="billing"
          value="credits"
          .checked=${billing === 'credits'}
          @change=${this.#onBillingChange}
        />
        ${fill(t.useCredits, { credits: this.credits })}
      </label>
      <label class="choice">
        <input
          type="radio"
          name="billing"
          value="byok"
          .checked=${billing === 'byok'}
          ?disabled=${!keyUsable}
          @change=${this.#onBillingChange}
        />
        ${keyUsable ? fill(t.useKey, { key: mask(this.keySuffix) }) : t.useKeyNeedsValid}
      </label>
    </fieldset>`;
  }

  override render() {
    return html`<div class="bar" part="bar">
      <p class="status" part="status" role="status">
        ${this.status === 'checking' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        <span class="status-text">${this.#statusText()}</span>
        ${
          this.estimate && this.status !== 'checking'
            ? html`<span class="details"
                >${fill(this.#t.estimate, { estimate: this.estimate })}</span
              >`
            : nothing
        }
      </p>
      ${this.#renderAction()} ${this.#renderBilling()}
    </div>`;
  }
}
