// Registers <scenra-toast>; safe to load more than once (see define-element.ts).
import { defineScenraElement } from '../shared/define-element.ts';
import { ScenraToast } from './toast.ts';

defineScenraElement('scenra-toast', ScenraToast);

declare global {
  interface HTMLElementTagNameMap {
    'scenra-toast': ScenraToast;
  }
}
