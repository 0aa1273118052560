// The elements the ready page draws on first paint. The upgrade dialog, the share menu
// and the toast load on demand (UpgradeDialog.tsx, ShareMenu.tsx, useToast.ts) to keep the first load small.
import '../elements/step-indicator/define.ts';
import '../elements/prompt-action-card/define.ts';
import '../elements/api-key-status-bar/define.ts';
import '../elements/open-in-button/define.ts';
