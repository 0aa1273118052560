// Registers <scenra-upgrade-dialog>; safe to load more than once.
import { ScenraUpgradeDialog } from './upgrade-dialog.ts';

if (!customElements.get('scenra-upgrade-dialog')) {
  customElements.define('scenra-upgrade-dialog', ScenraUpgradeDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'scenra-upgrade-dialog': ScenraUpgradeDialog;
  }
}
