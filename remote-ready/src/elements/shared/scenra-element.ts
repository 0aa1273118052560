import { LitElement, type PropertyDeclarations } from 'lit';
import type { ScenraTheme } from './theme.styles.ts';
import { SCENRA_ELEMENTS_VERSION } from './version.ts';

// Reactive properties are declared without decorators, as every element extending this one does:
// options in `static properties`, the type on a `declare` field (a class field would shadow Lit's
// accessor), the default set in the constructor. Decorators would ship their runtime helper to
// every page that draws an element.

/**
 * What every Scenra element shares: the host-settable colour theme, its release version, and
 * when it first draws.
 */
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

  /** Set while the first render waits for its own task off the page: starts it at once. */
  #drawNow?: () => void;

  constructor() {
    super();
    this.theme = 'auto';
    // Draw on creation, not on insertion: Lit supports a first update out of the page.
    this.enableUpdating(true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inserted before its own task came: draw in this task's microtasks, before the page paints,
    // as an element drawn on insertion always does.
    this.#drawNow?.();
  }

  /**
   * An element still off the page at its first update (one React creates while it renders a
   * tree) draws in a task of its own. The browser then runs each element's first render apart,
   * between the slices of the framework's render, rather than all of them in the one task that
   * inserts the tree. Nothing is on screen before that insertion, so no unrendered element shows.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !this.isConnected) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve);
        this.#drawNow = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#drawNow = undefined;
    }
    super.scheduleUpdate();
  }
}
