// The upgrade dialog, loaded only when a locked "Generate" is clicked.
import '../elements/upgrade-dialog/define.ts';
import type { ScenraUpgradeChoiceEvent } from '../elements/index.ts';

export default function UpgradeDialog({
  onChoice,
  onClose,
}: {
  onChoice(event: ScenraUpgradeChoiceEvent): void;
  onClose(): void;
}) {
  return (
    <scenra-upgrade-dialog
      open
      data-testid="upgrade-dialog"
      onscenra-upgrade-choice={onChoice}
      onscenra-close={onClose}
    />
  );
}
