import { html, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ScenraElement } from '../shared/scenra-element.ts';
import { themeStyles } from '../shared/theme.styles.ts';
import { ScenraCloseEvent } from '../events.ts';
import { toastStyles } from './toast.styles.ts';

/** The texts of `scenra-toast` besides its message. */
export interface ToastStrings {
  /** Accessible name of the dismiss button. */
  dismiss: string;
}

/** The English texts, used for every entry `strings` leaves out. */
export const toastStrings: ToastStrings = { dismiss: 'Dismiss' };

/** How a toast is coloured (the wording carries the meaning; colour only adds to it). */
export type ToastTone = 'success' | 'info' | 'error';

/**
 * A short confirmation ("Prompt copied!") in a polite live region: screen readers read it
 * without interrupting. It hides itself after `duration` ms, but never while the pointer
 * is over it or focus is in it (WCAG 2.2.1), and can be dismissed at once.
 * Put one on the page and call `show()`.
 *
 * @summary A polite toast message, e.g. "Prompt copied! Paste it in Runway".
 * @tag scenra-toast
 *
 * @csspart toast - The message box.
 * @csspart message - The text.
 * @csspart dismiss - The dismiss button.
 *
 * @cssproperty [--scenra-toast-background=#18181b / #f4f4f5] - Background.
 * @cssproperty [--scenra-toast-color=#f4f4f5 / #18181b] - Text colour.
 * @cssproperty [--scenra-toast-offset=1.5rem] - Distance from the bottom of the viewport.
 * @cssproperty [--scenra-toast-z-index=1000] - Stacking order.
 *
 * @fires {ScenraCloseEvent} scenra-close - The toast hid (timer or dismiss).
 */
export class ScenraToast extends ScenraElement {
  static override styles = [themeStyles, toastStyles];

  static override properties: PropertyDeclarations = {
    message: {},
    tone: { reflect: true },
    duration: { type: Number },
    strings: { type: Object },
  };

  /** The text shown; empty means hidden. */
  declare message: string;

  /** Colour of the edge: `success`, `info` or `error`. */
  declare tone: ToastTone;

  /** Milliseconds before hiding by itself; 0 keeps it until dismissed. */
  declare duration: number;

  /** Replacements for the texts it announces (JSON in the attribute); the rest stay English. */
  declare strings: Partial<ToastStrings>;

  constructor() {
    super();
    this.message = '';
    this.tone = 'success';
    this.duration = 4000;
    this.strings = {};
  }

  #timer: ReturnType<typeof setTimeout> | undefined;
  #paused = false;
  /** Bumped by every show(), so the same text shown twice is announced twice. */
  #shown = 0;

  /** Shows a message (replacing any current one) and starts the hide timer. */
  show(message: string, options: { tone?: ToastTone; duration?: number } = {}): void {
    this.tone = options.tone ?? 'success';
    if (options.duration !== undefined) this.duration = options.duration;
    this.message = message;
    this.#shown++;
    this.requestUpdate();
    this.#schedule();
  }

  /** Hides the toast now. */
  dismiss(): void {
    if (!this.message) return;
    this.message = '';
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.message && this.duration > 0 && !this.#paused) {
      this.#timer = setTimeout(() => this.dismiss(), this.duration);
    }
  }

  #pause(): void {
    this.#paused = true;
    clearTimeout(this.#timer);
  }

  #resume(): void {
    this.#paused = false;
    this.#schedule();
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('message') || changed.has('duration')) this.#schedule();
    if (changed.has('message') && !this.message && changed.get('message')) {
      this.dispatchEvent(new ScenraCloseEvent());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  override render() {
    // The live region stays in the DOM while empty: screen readers only announce text
    // added to a region they already know.
    return html`<div role="status" aria-live="polite" aria-atomic="true">
      <div
        class="toast"
        part="toast"
        ?hidden=${!this.message}
        @pointerenter=${this.#pause}
        @pointerleave=${this.#resume}
        @focusin=${this.#pause}
        @focusout=${this.#resume}
      >
        ${keyed(this.#shown, html`<p class="message" part="message">${this.message}</p>`)}
        <button
          class="dismiss"
          part="dismiss"
          type="button"
          aria-label=${{ ...toastStrings, ...this.strings }.dismiss}
          @click=${this.dismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>`;
  }
}
