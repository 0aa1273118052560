// Registers <scenra-step-indicator>; safe to load more than once.
import { ScenraStepIndicator } from './step-indicator.ts';

if (!customElements.get('scenra-step-indicator')) {
  customElements.define('scenra-step-indicator', ScenraStepIndicator);
}

declare global {
  interface HTMLElementTagNameMap {
    'scenra-step-indicator': ScenraStepIndicator;
  }
}
