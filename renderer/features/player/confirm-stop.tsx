import { SafeChoiceDialog } from '../../components/safe-choice-dialog';
import { t } from '../../i18n';

/** Asks before stopping, with "Keep going" focused so a stray key press loses nothing. */
export function ConfirmStop({ onKeepGoing, onStop }: { onKeepGoing(): void; onStop(): void }) {
  return (
    <SafeChoiceDialog
      title={t('player.confirmStop.title')}
      safe={t('player.confirmStop.keepGoing')}
      risky={t('player.confirmStop.stop')}
      onSafe={onKeepGoing}
      onRisky={onStop}
    />
  );
}
