import { LitElement, type PropertyDeclarations } from 'lit';
import type { ScenraTheme } from './theme.styles.ts';
import { SCENRA_ELEMENTS_VERSION } from './version.ts';

// Reactive properties are declared without decorators, as every element extending this one does:
// options in `static properties`, the type on a `declare` field (a class field would shadow Lit's
// accessor), the default set in the constructor. Decorators would ship their runtime helper to
// every page that draws an element.

/** What every Scenra element shares: the host-settable colour theme and its release version. */
export class ScenraElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * The Scenra elements release this class comes from, e.g. `1.0.0`: read it from
   * `customElements.get('scenra-toast').version` to learn which copy a page registered.
   */
  static readonly version: string = SCENRA_ELEMENTS_VERSION;

  /** Colour scheme: `auto` follows the operating system, `light`/`dark` force one. */
  declare theme: ScenraTheme;

  constructor() {
    super();
    this.theme = 'auto';
  }
}
