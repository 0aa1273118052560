import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ScenraTheme } from './theme.styles.ts';

/** What every Scenra element shares: the host-settable colour theme. */
export class ScenraElement extends LitElement {
  /** Colour scheme: `auto` follows the operating system, `light`/`dark` force one. */
  @property({ reflect: true }) accessor theme: ScenraTheme = 'auto';
}
