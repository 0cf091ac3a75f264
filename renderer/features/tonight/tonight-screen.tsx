import { CRAMP_NOW_ROUTINE_ID, RECOMMENDED_ROUTINE_ID } from '../../../core/routines/routine-ids';
import type { NextReminder, ReminderAction } from '../../../core/reminders/reminder-schedule';
import type { Routine } from '../../../core/routines/routine-schema';
import { t } from '../../i18n';
import { routineSummary } from '../routines/routine-summary';
import { NextReminderNote } from './next-reminder-note';

/** Tonight, the home screen: tonight's routine in one press, and relief for a cramp in one more. */
export function TonightScreen({
  routines,
  onStart,
  reminder = null,
  onReminderAction = () => {},
}: {
  routines: readonly Routine[];
  onStart(routine: Routine): void;
  reminder?: NextReminder | null;
  onReminderAction?(action: ReminderAction): void;
}) {
  const recommended = routines.find((routine) => routine.id === RECOMMENDED_ROUTINE_ID);
  const crampNow = routines.find((routine) => routine.id === CRAMP_NOW_ROUTINE_ID);
  return (
    <>
      <h1 className="screen__heading">{t('tonight.heading')}</h1>
      <p className="screen__text">{t('tonight.intro')}</p>
      {recommended && (
        <div className="tonight-card">
          <p className="tonight-card__label">{t('tonight.recommended')}</p>
          <h2 className="tonight-card__name">{recommended.name}</h2>
          <p className="routine-card__meta">{routineSummary(recommended, false).meta}</p>
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => onStart(recommended)}
          >
            {t('tonight.start', { routine: recommended.name })}
          </button>
          <p className="screen__text screen__text--quiet">{t('tonight.evidence')}</p>
        </div>
      )}
      {crampNow && (
        <div className="cramp-now">
          <button type="button" className="button button--large" onClick={() => onStart(crampNow)}>
            {t('tonight.crampNow')}
          </button>
          <p className="screen__text screen__text--quiet">{t('tonight.crampNowHint')}</p>
        </div>
      )}
      <NextReminderNote reminder={reminder} onAct={onReminderAction} />
    </>
  );
}
