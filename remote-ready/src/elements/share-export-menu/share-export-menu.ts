import { html, type PropertyDeclarations } from 'lit';
import { ScenraElement } from '../shared/scenra-element.ts';
import { buttonStyles, themeStyles } from '../shared/theme.styles.ts';
import { ScenraMenuSelectEvent, type ShareExportItemId } from '../events.ts';
import { shareExportMenuStyles } from './share-export-menu.styles.ts';

/** One entry of the menu. */
export interface ShareExportMenuItem {
  id: ShareExportItemId;
  label: string;
  /** Shown but not selectable, e.g. when the daily share limit is reached. */
  disabled?: boolean;
}

/** The entries shown unless the host sets `items`. */
export const defaultShareExportItems: readonly ShareExportMenuItem[] = [
  { id: 'copy-link', label: 'Copy link' },
  { id: 'download-pdf', label: 'Download PDF' },
  { id: 'export-json', label: 'Export JSON' },
  { id: 'copy-markdown', label: 'Copy as Markdown' },
];

/**
 * A menu button (WAI-ARIA menu-button pattern) with the share and export actions.
 * Enter, Space or ↓ open it on the first entry, ↑ on the last; ↑/↓ move (wrapping),
 * Home/End jump, a letter jumps to the next entry starting with it, Escape closes and
 * puts focus back on the button, Tab closes and moves on.
 *
 * @summary Share & export menu: copy link, download PDF, export JSON, copy as Markdown.
 * @tag scenra-share-export-menu
 *
 * @csspart button - The menu button.
 * @csspart menu - The popup list.
 * @csspart item - One entry.
 *
 * @cssproperty [--scenra-menu-z-index=10] - Stacking order of the popup.
 * @cssproperty [--scenra-surface=#ffffff / #18181b] - Popup background.
 * @cssproperty [--scenra-surface-raised=#f4f4f5 / #27272a] - Background of the focused entry.
 * @cssproperty [--scenra-accent=#4338ca / #a5b4fc] - Button colour.
 *
 * @fires {ScenraMenuSelectEvent} scenra-menu-select - An enabled entry was chosen.
 */
export class ScenraShareExportMenu extends ScenraElement {
  static override styles = [themeStyles, buttonStyles, shareExportMenuStyles];

  static override properties: PropertyDeclarations = {
    label: {},
    emphasis: { reflect: true },
    items: { attribute: false },
    open: { type: Boolean, reflect: true },
  };

  /** Text of the menu button. */
  declare label: string;

  /** Button style: `primary` or `secondary`. */
  declare emphasis: 'primary' | 'secondary';

  /** The entries, in order. */
  declare items: readonly ShareExportMenuItem[];

  /** Whether the menu is showing. */
  declare open: boolean;

  constructor() {
    super();
    this.label = 'Share';
    this.emphasis = 'secondary';
    this.items = defaultShareExportItems;
    this.open = false;
  }

  get #button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.trigger');
  }

  get #entries(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  /** Opens the menu and focuses an entry (by index; negative counts from the end). */
  async show(focusIndex = 0): Promise<void> {
    this.open = true;
    await this.updateComplete;
    const entries = this.#entries;
    entries.at(focusIndex < 0 ? entries.length + focusIndex : focusIndex)?.focus();
  }

  /** Closes the menu; `returnFocus` puts focus back on the button (Escape, selection). */
  hide(returnFocus = true): void {
    if (!this.open) return;
    this.open = false;
    if (returnFocus) this.#button?.focus();
  }

  #onButtonClick(): void {
    if (this.open) this.hide();
    else void this.show(0);
  }

  #onButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 0 : -1);
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.hide();
    }
  }

  #move(to: (current: number, count: number) => number): void {
    const entries = this.#entries;
    const current = entries.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    entries[to(current, entries.length)]?.focus();
  }

  #onMenuKeydown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
        this.#move((i, n) => (i + 1) % n);
        break;
      case 'ArrowUp':
        this.#move((i, n) => (i - 1 + n) % n);
        break;
      case 'Home':
        this.#move(() => 0);
        break;
      case 'End':
        this.#move((_, n) => n - 1);
        break;
      case 'Escape':
        this.hide();
        break;
      case 'Tab':
        // Close with focus on the button; the browser's own Tab move then starts from the
        // button and lands on the next (or, with Shift, previous) element of the page.
        this.hide(true);
        return;
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) this.#typeahead(event.key);
        else return;
    }
    event.preventDefault();
  }

  /** Moves to the next entry whose label starts with the typed character. */
  #typeahead(char: string): void {
    const letter = char.toLowerCase();
    this.#move((current, count) => {
      for (let step = 1; step <= count; step++) {
        const index = (current + step) % count;
        if (this.items[index]?.label.toLowerCase().startsWith(letter)) return index;
      }
      return current;
    });
  }

  #select(item: ShareExportMenuItem): void {
    if (item.disabled) return;
    this.hide();
    this.dispatchEvent(new ScenraMenuSelectEvent(item.id));
  }

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (this.open && (!next || !this.renderRoot.contains(next))) this.hide(false);
  }

  override render() {
    return html`<div @focusout=${this.#onFocusOut}>
      <button
        id="trigger"
        class="trigger button ${this.emphasis}"
        part="button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${this.#onButtonClick}
        @keydown=${this.#onButtonKeydown}
      >
        ${this.label} <span class="caret" aria-hidden="true">▼</span>
      </button>
      <div
        id="menu"
        class="menu"
        part="menu"
        role="menu"
        aria-labelledby="trigger"
        ?hidden=${!this.open}
        @keydown=${this.#onMenuKeydown}
      >
        ${this.items.map(
          (item) =>
            html`<button
              role="menuitem"
              part="item"
              type="button"
              tabindex="-1"
              data-id=${item.id}
              aria-disabled=${item.disabled ? 'true' : 'false'}
              @click=${() => this.#select(item)}
            >
              ${item.label}
            </button>`,
        )}
      </div>
    </div>`;
  }
}
