// Registers <scenra-step-indicator>; safe to load more than once (see define-element.ts).
import { defineScenraElement } from '../shared/define-element.ts';
import { ScenraStepIndicator } from './step-indicator.ts';

defineScenraElement('scenra-step-indicator', ScenraStepIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'scenra-step-indicator': ScenraStepIndicator;
  }
}
