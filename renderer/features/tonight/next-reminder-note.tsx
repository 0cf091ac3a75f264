import type { NextReminder, ReminderAction } from '../../../core/reminders/reminder-schedule';
import { appTimeZone } from '../../app-time-zone';
import { formatReminderTime } from '../../../core/reminders/format-reminder-time';
import { SnoozeChoices } from '../../components/snooze-choices';
import { t } from '../../i18n';

/**
 * On Tonight: when the next bedtime reminder is, with "no reminder tonight" and a day's pause in
 * one press, and once tonight's reminder has come, a snooze of 10, 20 or 30 minutes; while
 * paused, a way to turn them back on. Nothing when reminders are off.
 */
export function NextReminderNote({
  reminder,
  onAct,
}: {
  reminder: NextReminder | null;
  onAct(action: ReminderAction): void;
}) {
  if (!reminder) return null;
  if (reminder.arePaused) {
    return (
      <div className="reminder-note">
        <p className="screen__text">{t('tonight.remindersPaused')}</p>
        <button
          type="button"
          className="button"
          onClick={() => onAct({ kind: 'reminders-back-on' })}
        >
          {t('tonight.remindersBackOn')}
        </button>
      </div>
    );
  }
  if (reminder.atMs === null) return null;
  return (
    <div className="reminder-note">
      <p className="screen__text">
        {t('tonight.nextReminder', {
          when: formatReminderTime(reminder.atMs, appTimeZone(), t('app.lang')),
        })}
      </p>
      {reminder.canSnooze && (
        <SnoozeChoices
          className="button-row"
          labelClassName="reminder-note__label"
          onSnooze={(minutes) => onAct({ kind: 'snooze', minutes })}
        />
      )}
      <div className="button-row">
        {!reminder.isTonightQuiet && (
          <button type="button" className="button" onClick={() => onAct({ kind: 'skip-tonight' })}>
            {t('tonight.skipTonight')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onAct({ kind: 'pause-reminders', days: 1 })}
        >
          {t('tonight.pauseDay')}
        </button>
      </div>
    </div>
  );
}
