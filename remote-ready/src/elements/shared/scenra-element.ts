import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ScenraTheme } from './theme.styles.ts';
import { SCENRA_ELEMENTS_VERSION } from './version.ts';

/** What every Scenra element shares: the host-settable colour theme and its release version. */
export class ScenraElement extends LitElement {
  /**
   * The Scenra elements release this class comes from, e.g. `1.0.0`: read it from
   * `customElements.get('scenra-toast').version` to learn which copy a page registered.
   */
  static readonly version: string = SCENRA_ELEMENTS_VERSION;

  /** Colour scheme: `auto` follows the operating system, `light`/`dark` force one. */
  @property({ reflect: true }) accessor theme: ScenraTheme = 'auto';
}
