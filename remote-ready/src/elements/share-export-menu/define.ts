// Registers <scenra-share-export-menu>; safe to load more than once (see define-element.ts).
import { defineScenraElement } from '../shared/define-element.ts';
import { ScenraShareExportMenu } from './share-export-menu.ts';

defineScenraElement('scenra-share-export-menu', ScenraShareExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'scenra-share-export-menu': ScenraShareExportMenu;
  }
}
