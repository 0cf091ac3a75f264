import type { RedFlag } from '../../../core/journal/red-flags';
import { t } from '../../i18n';

/**
 * The note a red-flag symptom calls for, shown at once where the symptom was recorded: calm words,
 * set apart, read out by screen readers as it appears.
 */
export function RedFlagNote({ flag }: { flag: RedFlag }) {
  return (
    <div className="notice notice--urgent" role="alert">
      <p className="notice__title">{t(`redFlag.${flag}.title`)}</p>
      <p>{t(`redFlag.${flag}`)}</p>
    </div>
  );
}
