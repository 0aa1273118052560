import { html, nothing, type PropertyDeclarations } from 'lit';
import { ScenraElement } from '../shared/scenra-element.ts';
import { buttonStyles, themeStyles } from '../shared/theme.styles.ts';
import { ScenraActionEvent, type CardState } from '../events.ts';
import { promptActionCardStyles } from './prompt-action-card.styles.ts';

/** The texts of `scenra-prompt-action-card` besides its label properties. */
export interface PromptActionCardStrings {
  /** Announced after the button text when `state` is `locked`. */
  premium: string;
}

/** The English texts, used for every entry `strings` leaves out. */
export const promptActionCardStrings: PromptActionCardStrings = {
  premium: '(Premium feature)',
};

/**
 * One action of the ready dashboard (copy, generate, open in…, share): an icon, a heading,
 * a description and one button whose look follows `state`. Without `action-label` no button
 * is drawn, so a host can slot its own control (e.g. `scenra-share-export-menu`).
 *
 * @summary A card with one action button: idle, busy, done, locked (premium) or disabled.
 * @tag scenra-prompt-action-card
 *
 * @slot - Extra content under the description (e.g. a billing choice or a menu).
 * @slot icon - Replaces the `icon` text with any decorative graphic.
 *
 * @csspart card - The card box.
 * @csspart heading - The heading.
 * @csspart description - The description paragraph.
 * @csspart button - The action button.
 * @csspart spinner - The busy spinner inside the button.
 *
 * @cssproperty [--scenra-card-padding=1.25rem] - Inner spacing of the card.
 * @cssproperty [--scenra-surface=#ffffff / #18181b] - Card background.
 * @cssproperty [--scenra-border=#d4d4d8 / #3f3f46] - Card border.
 * @cssproperty [--scenra-accent=#4338ca / #a5b4fc] - Button colour.
 * @cssproperty [--scenra-success=#166534 / #86efac] - Colour of the done state.
 * @cssproperty [--scenra-premium=#854d0e / #fde047] - Colour of the premium crown.
 * @cssproperty [--scenra-radius=12px] - Corner radius.
 *
 * @fires {ScenraActionEvent} scenra-action - The button was activated while idle, done or locked.
 */
export class ScenraPromptActionCard extends ScenraElement {
  static override styles = [themeStyles, buttonStyles, promptActionCardStyles];

  static override properties: PropertyDeclarations = {
    action: { reflect: true },
    state: { reflect: true },
    icon: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    description: {},
    actionLabel: { attribute: 'action-label' },
    busyLabel: { attribute: 'busy-label' },
    doneLabel: { attribute: 'done-label' },
    emphasis: { reflect: true },
    strings: { type: Object },
  };

  /** Id sent with `scenra-action`, e.g. `copy` or `generate`. */
  declare action: string;

  /** What the button does now: `idle`, `busy` (spinner), `done`, `locked` (premium) or `disabled`. */
  declare state: CardState;

  /** Decorative icon text, e.g. an emoji (hidden from screen readers). */
  declare icon: string;

  /** The card's heading. */
  declare heading: string;

  /** Heading level for the document outline. */
  declare headingLevel: 2 | 3 | 4 | 5 | 6;

  /** One or two sentences under the heading. */
  declare description: string;

  /** Button text when idle or locked; no button is drawn when empty. */
  declare actionLabel: string;

  /** Button text while busy. */
  declare busyLabel: string;

  /** Button text when done, e.g. "Copied ✓". */
  declare doneLabel: string;

  /** Button style: `primary` for the main action of the page, `secondary` otherwise. */
  declare emphasis: 'primary' | 'secondary';

  /** Replacements for the texts it announces (JSON in the attribute); the rest stay English. */
  declare strings: Partial<PromptActionCardStrings>;

  constructor() {
    super();
    this.action = '';
    this.state = 'idle';
    this.icon = '';
    this.heading = '';
    this.headingLevel = 3;
    this.description = '';
    this.actionLabel = '';
    this.busyLabel = 'Working…';
    this.doneLabel = 'Done ✓';
    this.emphasis = 'primary';
    this.strings = {};
  }

  #onClick(): void {
    // Busy ignores repeated clicks (no double generation); disabled cannot be clicked.
    if (this.state === 'busy' || this.state === 'disabled') return;
    this.dispatchEvent(new ScenraActionEvent(this.action, this.state === 'locked'));
  }

  #renderButton() {
    if (!this.actionLabel) return nothing;
    const { state } = this;
    const label =
      state === 'busy' ? this.busyLabel : state === 'done' ? this.doneLabel : this.actionLabel;
    return html`<button
      class="button ${state === 'done' ? 'done' : this.emphasis}"
      part="button"
      type="button"
      ?disabled=${state === 'disabled'}
      aria-disabled=${state === 'busy' ? 'true' : nothing}
      @click=${this.#onClick}
    >
      ${state === 'busy' ? html`<span class="spinner" part="spinner" aria-hidden="true"></span>` : nothing}
      <span>${label}</span>
      ${
        state === 'locked'
          ? html`<span class="crown" aria-hidden="true">👑</span
              ><span class="visually-hidden"
                >${{ ...promptActionCardStrings, ...this.strings }.premium}</span
              >`
          : nothing
      }
    </button>`;
  }

  override render() {
    return html`<div class="card" part="card" aria-busy=${this.state === 'busy' ? 'true' : 'false'}>
      <div class="head">
        <span class="icon" aria-hidden="true"><slot name="icon">${this.icon}</slot></span>
        <div class="heading" part="heading" role="heading" aria-level=${this.headingLevel}>
          ${this.heading}
        </div>
      </div>
      ${this.description ? html`<p class="description" part="description">${this.description}</p>` : nothing}
      <slot class="extra"></slot>
      <div class="actions">${this.#renderButton()}</div>
    </div>`;
  }
}
