// Registers <scenra-open-in-button>; safe to load more than once (see define-element.ts).
import { defineScenraElement } from '../shared/define-element.ts';
import { ScenraOpenInButton } from './open-in-button.ts';

defineScenraElement('scenra-open-in-button', ScenraOpenInButton);

declare global {
  interface HTMLElementTagNameMap {
    'scenra-open-in-button': ScenraOpenInButton;
  }
}
