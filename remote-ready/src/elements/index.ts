// Registers every Scenra element and exports their classes, events and types.
// Importing this module (or the standalone bundle built from it) is all a page needs.
import './step-indicator/define.ts';
import './prompt-action-card/define.ts';
import './api-key-status-bar/define.ts';
import './share-export-menu/define.ts';
import './open-in-button/define.ts';
import './toast/define.ts';
import './upgrade-dialog/define.ts';

export * from './events.ts';
export type { ScenraTheme } from './shared/theme.styles.ts';
export {
  ScenraStepIndicator,
  stepIndicatorStrings,
  type StepIndicatorStrings,
} from './step-indicator/step-indicator.ts';
export {
  ScenraPromptActionCard,
  promptActionCardStrings,
  type PromptActionCardStrings,
} from './prompt-action-card/prompt-action-card.ts';
export {
  ScenraApiKeyStatusBar,
  apiKeyStatusBarStrings,
  type ApiKeyStatusBarStrings,
  type KeyBarStatus,
  type KeyStatus,
} from './api-key-status-bar/api-key-status-bar.ts';
export {
  ScenraShareExportMenu,
  defaultShareExportItems,
  type ShareExportMenuItem,
} from './share-export-menu/share-export-menu.ts';
export {
  ScenraOpenInButton,
  defaultDestinations,
  OPEN_IN_STORAGE_KEY,
  openInButtonStrings,
  type OpenInButtonStrings,
} from './open-in-button/open-in-button.ts';
export { ScenraToast, toastStrings, type ToastStrings, type ToastTone } from './toast/toast.ts';
export {
  ScenraUpgradeDialog,
  upgradeDialogStrings,
  type UpgradeDialogStrings,
} from './upgrade-dialog/upgrade-dialog.ts';
