// Registers <scenra-toast>; safe to load more than once.
import { ScenraToast } from './toast.ts';

if (!customElements.get('scenra-toast')) {
  customElements.define('scenra-toast', ScenraToast);
}

declare global {
  interface HTMLElementTagNameMap {
    'scenra-toast': ScenraToast;
  }
}
