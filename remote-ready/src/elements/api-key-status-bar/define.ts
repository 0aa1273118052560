// Registers <scenra-api-key-status-bar>; safe to load more than once.
import { ScenraApiKeyStatusBar } from './api-key-status-bar.ts';

if (!customElements.get('scenra-api-key-status-bar')) {
  customElements.define('scenra-api-key-status-bar', ScenraApiKeyStatusBar);
}

declare global {
  interface HTMLElementTagNameMap {
    'scenra-api-key-status-bar': ScenraApiKeyStatusBar;
  }
}
