// Registers <scenra-open-in-button>; safe to load more than once.
import { ScenraOpenInButton } from './open-in-button.ts';

if (!customElements.get('scenra-open-in-button')) {
  customElements.define('scenra-open-in-button', ScenraOpenInButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'scenra-open-in-button': ScenraOpenInButton;
  }
}
