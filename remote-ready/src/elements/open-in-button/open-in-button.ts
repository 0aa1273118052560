import { html, type PropertyDeclarations } from 'lit';
import { ScenraElement } from '../shared/scenra-element.ts';
import { buttonStyles, themeStyles } from '../shared/theme.styles.ts';
import { ScenraOpenExternalEvent, type OpenInDestination } from '../events.ts';
import { fill } from '../shared/strings.ts';
import { openInButtonStyles } from './open-in-button.styles.ts';

/** The texts of `scenra-open-in-button`; `{name}` placeholders are filled in. */
export interface OpenInButtonStrings {
  /** Label of the tool picker. */
  tool: string;
  /** The button text. Placeholder: `{tool}`, the chosen tool's label. */
  open: string;
  /** Announced after the button text: what a click does. */
  opensNewTab: string;
}

/** The English texts, used for every entry `strings` leaves out. */
export const openInButtonStrings: OpenInButtonStrings = {
  tool: 'Video tool',
  open: 'Open in {tool}',
  opensNewTab: '(copies the prompt, opens a new tab)',
};

/** The video tools offered unless the host sets `destinations`. */
export const defaultDestinations: readonly OpenInDestination[] = [
  { id: 'google-flow', label: 'Google Flow', url: 'https://labs.google/fx/tools/flow' },
  { id: 'gemini', label: 'Gemini', url: 'https://gemini.google.com/app' },
  { id: 'runway', label: 'Runway', url: 'https://app.runwayml.com/' },
  { id: 'kling', label: 'Kling', url: 'https://app.klingai.com/global/' },
  { id: 'luma', label: 'Luma', url: 'https://dream-machine.lumalabs.ai/' },
];

/** Where the last chosen tool is remembered (per origin). */
export const OPEN_IN_STORAGE_KEY = 'scenra:open-in:destination';

/** Only web pages may be opened: a host-given `javascript:` URL would run script. */
const isWebUrl = (url: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

const readStoredChoice = (): string | null => {
  try {
    return localStorage.getItem(OPEN_IN_STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy mode, sandboxed frame): just don't remember
  }
};

/**
 * "Open in…": copies the prompt, then opens the chosen external video tool in a new tab.
 * No tool accepts a prompt in its URL, so copying first is the honest best; the host
 * shows the "Prompt copied! Paste it in <tool>" toast on `scenra-open-external`.
 * The last choice is remembered in localStorage.
 *
 * @summary Copy the prompt and open an external video tool (Google Flow, Gemini, Runway…).
 * @tag scenra-open-in-button
 *
 * @csspart select - The tool picker.
 * @csspart button - The open button.
 *
 * @cssproperty [--scenra-accent=#4338ca / #a5b4fc] - Button colour.
 * @cssproperty [--scenra-border=#d4d4d8 / #3f3f46] - Picker border.
 *
 * @fires {ScenraOpenExternalEvent} scenra-open-external - The tool was opened; `copied` says whether the prompt reached the clipboard.
 */
export class ScenraOpenInButton extends ScenraElement {
  static override styles = [themeStyles, buttonStyles, openInButtonStyles];

  static override properties: PropertyDeclarations = {
    prompt: {},
    destinations: { type: Array },
    selected: { reflect: true },
    emphasis: { reflect: true },
    strings: { type: Object },
  };

  /** The prompt copied before opening the tool. */
  declare prompt: string;

  /** The tools offered, in order (only http(s) URLs are kept); the attribute takes JSON. */
  declare destinations: readonly OpenInDestination[];

  /** Id of the chosen tool; defaults to the remembered choice, then the first tool. */
  declare selected: string;

  /** Button style: `primary` or `secondary`. */
  declare emphasis: 'primary' | 'secondary';

  /** Replacements for the texts it shows or announces (JSON in the attribute); the rest stay English. */
  declare strings: Partial<OpenInButtonStrings>;

  constructor() {
    super();
    this.prompt = '';
    this.destinations = defaultDestinations;
    this.selected = readStoredChoice() ?? '';
    this.emphasis = 'primary';
    this.strings = {};
  }

  get #choices(): readonly OpenInDestination[] {
    return this.destinations.filter((d) => isWebUrl(d.url));
  }

  /** The tool the button opens now. */
  get destination(): OpenInDestination | undefined {
    const choices = this.#choices;
    return choices.find((d) => d.id === this.selected) ?? choices[0];
  }

  #onSelect(event: Event): void {
    this.selected = (event.target as HTMLSelectElement).value;
    try {
      localStorage.setItem(OPEN_IN_STORAGE_KEY, this.selected);
    } catch {
      // Not remembering is harmless.
    }
  }

  async #onOpen(): Promise<void> {
    const destination = this.destination;
    if (!destination) return;
    // When the clipboard refuses, the tab still opens and the host tells the user to copy by hand.
    const copied = await navigator.clipboard.writeText(this.prompt).then(
      () => true,
      () => false,
    );
    // Still within the click's user activation (5 s), so popup blockers allow it.
    window.open(destination.url, '_blank', 'noopener,noreferrer');
    this.dispatchEvent(new ScenraOpenExternalEvent(destination, copied));
  }

  override render() {
    const current = this.destination;
    const t = { ...openInButtonStrings, ...this.strings };
    return html`<div class="row">
      <label class="field">
        ${t.tool}
        <select part="select" @change=${this.#onSelect}>
          ${this.#choices.map(
            (d) =>
              html`<option value=${d.id} ?selected=${d.id === current?.id}>${d.label}</option>`,
          )}
        </select>
      </label>
      <button
        class="button ${this.emphasis}"
        part="button"
        type="button"
        ?disabled=${!current}
        @click=${this.#onOpen}
      >
        ${fill(t.open, { tool: current?.label ?? '…' })} <span aria-hidden="true">→</span
        ><span class="visually-hidden">${t.opensNewTab}</span>
      </button>
    </div>`;
  }
}
