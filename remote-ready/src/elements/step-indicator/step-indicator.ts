import { html, type PropertyDeclarations } from 'lit';
import { ScenraElement } from '../shared/scenra-element.ts';
import { themeStyles } from '../shared/theme.styles.ts';
import { fill } from '../shared/strings.ts';
import { stepIndicatorStyles } from './step-indicator.styles.ts';

/** The texts of `scenra-step-indicator`; `{name}` placeholders are filled in. */
export interface StepIndicatorStrings {
  /** The visible summary line, e.g. "Step 3 of 3". Placeholders: `{current}`, `{total}`. */
  summary: string;
  /** Accessible name of the list of steps. */
  progress: string;
  /** Name of a step the `labels` leave out. Placeholder: `{n}`. */
  step: string;
  /** Announced after a finished step's name. */
  completed: string;
}

/** The English texts, used for every entry `strings` leaves out. */
export const stepIndicatorStrings: StepIndicatorStrings = {
  summary: 'Step {current} of {total}',
  progress: 'Progress',
  step: 'Step {n}',
  completed: '(completed)',
};

/** Reads `labels="Brief, Roundtable, Ready"` from HTML; properties take an array. */
const commaList = {
  fromAttribute: (value: string | null): string[] =>
    (value ?? '')
      .split(',')
      .map((label) => label.trim())
      .filter(Boolean),
  toAttribute: (value: string[]): string => value.join(', '),
};

/**
 * Where the user is in the video flow: "Step 3 of 3" plus one bar per step.
 *
 * @summary Progress through the steps of a flow, e.g. "Step 3 of 3".
 * @tag scenra-step-indicator
 *
 * @csspart summary - The "Step N of M" line.
 * @csspart steps - The list of steps.
 * @csspart step - One step (has `data-status` = complete | current | upcoming).
 * @csspart bar - The bar of one step.
 * @cssproperty [--scenra-accent=#4338ca / #a5b4fc] - Colour of done and current bars.
 * @cssproperty [--scenra-border=#d4d4d8 / #3f3f46] - Colour of upcoming bars.
 * @cssproperty [--scenra-step-bar-height=6px] - Thickness of the bars.
 */
export class ScenraStepIndicator extends ScenraElement {
  static override styles = [themeStyles, stepIndicatorStyles];

  static override properties: PropertyDeclarations = {
    current: { type: Number, reflect: true },
    total: { type: Number, reflect: true },
    labels: { converter: commaList },
    strings: { type: Object },
  };

  /** The current step, counted from 1. */
  declare current: number;

  /** How many steps there are. */
  declare total: number;

  /** Step names; the attribute is comma-separated ("Brief, Roundtable, Ready"). */
  declare labels: string[];

  /** Replacements for the texts it shows or announces (JSON in the attribute); the rest stay English. */
  declare strings: Partial<StepIndicatorStrings>;

  constructor() {
    super();
    this.current = 1;
    this.total = 3;
    this.labels = [];
    this.strings = {};
  }

  /** Current step clamped into 1…total, so bad input never renders "Step 7 of 3". */
  get #step(): number {
    return Math.min(Math.max(Math.round(this.current) || 1, 1), this.#total);
  }

  get #total(): number {
    return Math.max(Math.round(this.total) || 1, 1);
  }

  override render() {
    const total = this.#total;
    const step = this.#step;
    const steps = Array.from({ length: total }, (_, i) => i + 1);
    const t = { ...stepIndicatorStrings, ...this.strings };
    return html`
      <p class="summary" part="summary">${fill(t.summary, { current: step, total })}</p>
      <ol part="steps" aria-label=${t.progress}>
        ${steps.map((n) => {
          const status = n < step ? 'complete' : n === step ? 'current' : 'upcoming';
          const label = this.labels[n - 1] ?? fill(t.step, { n });
          return html`<li
            part="step"
            data-status=${status}
            aria-current=${n === step ? 'step' : 'false'}
          >
            <span class="bar" part="bar"></span>
            <span class="label"
              >${label}${
                status === 'complete'
                  ? html`<span class="visually-hidden"> ${t.completed}</span>`
                  : ''
              }</span
            >
          </li>`;
        })}
      </ol>
    `;
  }
}
