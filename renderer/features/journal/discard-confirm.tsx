import { SafeChoiceDialog } from '../../components/safe-choice-dialog';
import { t } from '../../i18n';

/**
 * Asks before the diary form's answers are thrown away, over a dimmed page: "Keep editing" has
 * the keyboard, so a second stray Escape or Enter loses nothing.
 */
export function DiscardConfirm({ onKeep, onDiscard }: { onKeep(): void; onDiscard(): void }) {
  return (
    <div className="modal-backdrop">
      <SafeChoiceDialog
        title={t('diary.discard.title')}
        text={t('diary.discard.text')}
        safe={t('diary.discard.keep')}
        risky={t('diary.discard.confirm')}
        onSafe={onKeep}
        onRisky={onDiscard}
        isLarge
      />
    </div>
  );
}
