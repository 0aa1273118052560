// Registers <scenra-share-export-menu>; safe to load more than once.
import { ScenraShareExportMenu } from './share-export-menu.ts';

if (!customElements.get('scenra-share-export-menu')) {
  customElements.define('scenra-share-export-menu', ScenraShareExportMenu);
}

declare global {
  interface HTMLElementTagNameMap {
    'scenra-share-export-menu': ScenraShareExportMenu;
  }
}
