// The elements the ready page draws on first paint. The upgrade dialog and the share menu's
// actions load on demand (see UpgradeDialog.tsx, shareActions.ts) to keep the first load small.
import '../elements/step-indicator/define.ts';
import '../elements/prompt-action-card/define.ts';
import '../elements/api-key-status-bar/define.ts';
import '../elements/open-in-button/define.ts';
import '../elements/share-export-menu/define.ts';
import '../elements/toast/define.ts';
