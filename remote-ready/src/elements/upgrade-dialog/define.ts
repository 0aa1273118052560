// Registers <scenra-upgrade-dialog>; safe to load more than once (see define-element.ts).
import { defineScenraElement } from '../shared/define-element.ts';
import { ScenraUpgradeDialog } from './upgrade-dialog.ts';

defineScenraElement('scenra-upgrade-dialog', ScenraUpgradeDialog);

declare global {
  interface HTMLElementTagNameMap {
    'scenra-upgrade-dialog': ScenraUpgradeDialog;
  }
}
