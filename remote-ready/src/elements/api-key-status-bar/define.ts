// Registers <scenra-api-key-status-bar>; safe to load more than once (see define-element.ts).
import { defineScenraElement } from '../shared/define-element.ts';
import { ScenraApiKeyStatusBar } from './api-key-status-bar.ts';

defineScenraElement('scenra-api-key-status-bar', ScenraApiKeyStatusBar);

declare global {
  interface HTMLElementTagNameMap {
    'scenra-api-key-status-bar': ScenraApiKeyStatusBar;
  }
}
