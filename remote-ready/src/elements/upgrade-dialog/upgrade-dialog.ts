import { html, type PropertyDeclarations } from 'lit';
import { ScenraElement } from '../shared/scenra-element.ts';
import { buttonStyles, themeStyles } from '../shared/theme.styles.ts';
import { ScenraCloseEvent, ScenraUpgradeChoiceEvent, type UpgradeChoice } from '../events.ts';
import { upgradeDialogStyles } from './upgrade-dialog.styles.ts';

/** The texts of `scenra-upgrade-dialog` besides `heading`, `description` and `upgrade-label`. */
export interface UpgradeDialogStrings {
  /** Accessible name of the close button. */
  close: string;
  /** Text of the add-your-own-key button. */
  addKey: string;
  /** Text of the copy-the-prompt-instead button. */
  copyPrompt: string;
}

/** The English texts, used for every entry `strings` leaves out. */
export const upgradeDialogStrings: UpgradeDialogStrings = {
  close: 'Close',
  addKey: 'Add your own API key',
  copyPrompt: 'Copy the prompt instead',
};

/**
 * What a free user without a key sees on "Generate": never a dead end, always three ways
 * on — upgrade, add their own key, or copy the prompt instead. A native modal `<dialog>`:
 * focus moves in and is trapped, Escape closes, focus returns to where it was.
 *
 * @summary Modal dialog offering upgrade, add your own key, or copy the prompt instead.
 * @tag scenra-upgrade-dialog
 *
 * @csspart dialog - The dialog box.
 * @csspart heading - The title.
 * @csspart upgrade - The upgrade button.
 * @csspart add-key - The add-your-own-key button.
 * @csspart copy-prompt - The copy-the-prompt-instead button.
 *
 * @cssproperty [--scenra-backdrop=rgb(0 0 0 / 0.5)] - The dimmed page behind the dialog.
 * @cssproperty [--scenra-surface=#ffffff / #18181b] - Dialog background.
 * @cssproperty [--scenra-accent=#4338ca / #a5b4fc] - Button colour.
 *
 * @fires {ScenraUpgradeChoiceEvent} scenra-upgrade-choice - A choice was made; the dialog then closes.
 * @fires {ScenraCloseEvent} scenra-close - The dialog closed (choice, close button or Escape).
 */
export class ScenraUpgradeDialog extends ScenraElement {
  static override styles = [themeStyles, buttonStyles, upgradeDialogStyles];

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    heading: {},
    description: {},
    upgradeLabel: { attribute: 'upgrade-label' },
    strings: { type: Object },
  };

  /** Whether the dialog is showing. */
  declare open: boolean;

  /** The title. */
  declare heading: string;

  /** The explanation under the title. */
  declare description: string;

  /** Text of the upgrade button. */
  declare upgradeLabel: string;

  /** Replacements for the other texts it shows or announces (JSON in the attribute); the rest stay English. */
  declare strings: Partial<UpgradeDialogStrings>;

  constructor() {
    super();
    this.open = false;
    this.heading = 'Generate videos with Scenra';
    this.description =
      'Video generation needs Scenra Premium or your own provider API key. Your prompt is ready either way.';
    this.upgradeLabel = 'Upgrade to Premium 👑';
    this.strings = {};
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog. */
  close(): void {
    this.open = false;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('open')) this.#syncDialog();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Drawn off the page with `open` set (as a framework may create it): open it now it is here.
    this.#syncDialog();
  }

  /** Shows or closes the native dialog to match `open`; a modal only opens on the page. */
  #syncDialog(): void {
    const dialog = this.#dialog;
    if (!dialog || !this.isConnected) return;
    if (this.open && !dialog.open) dialog.showModal();
    else if (!this.open && dialog.open) dialog.close();
  }

  #choose(choice: UpgradeChoice): void {
    this.dispatchEvent(new ScenraUpgradeChoiceEvent(choice));
    this.close();
  }

  /** The native dialog closed (Escape, or our own close()): keep `open` in sync and tell the host. */
  #onNativeClose(): void {
    this.open = false;
    this.dispatchEvent(new ScenraCloseEvent());
  }

  override render() {
    const t = { ...upgradeDialogStrings, ...this.strings };
    return html`<dialog
      part="dialog"
      aria-labelledby="heading"
      aria-describedby="description"
      @close=${this.#onNativeClose}
    >
      <div class="top">
        <h2 id="heading" part="heading">${this.heading}</h2>
        <button class="close" type="button" aria-label=${t.close} @click=${this.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p id="description">${this.description}</p>
      <div class="choices">
        <button
          class="button primary"
          part="upgrade"
          type="button"
          autofocus
          @click=${() => this.#choose('upgrade')}
        >
          ${this.upgradeLabel}
        </button>
        <button
          class="button secondary"
          part="add-key"
          type="button"
          @click=${() => this.#choose('add-key')}
        >
          ${t.addKey}
        </button>
        <button
          class="link"
          part="copy-prompt"
          type="button"
          @click=${() => this.#choose('copy-prompt')}
        >
          ${t.copyPrompt}
        </button>
      </div>
    </dialog>`;
  }
}
