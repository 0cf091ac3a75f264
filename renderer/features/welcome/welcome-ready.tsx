import type { Settings } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';

/** "22:30" minus some minutes, as the user's clock shows it. */
function reminderTime(bedtime: string, leadMinutes: number): string {
  const [hours, minutes] = bedtime.split(':').map(Number);
  const at = new Date(2000, 0, 2, hours, (minutes ?? 0) - leadMinutes);
  return new Intl.DateTimeFormat(t('app.lang'), { hour: 'numeric', minute: '2-digit' }).format(at);
}

/**
 * Welcome, screen 4: tonight as the answers left it (the routine and its length, the reminder,
 * warmth), and the two ways on: start tonight's routine now, or later.
 */
export function WelcomeReady({
  settings,
  routineName,
  onStart,
  onLater,
}: {
  settings: Settings;
  routineName: string;
  onStart(): void;
  onLater(): void;
}) {
  const schedule = settings.reminderSchedule;
  const bedtime = Object.values(schedule.bedtimes).find((time) => time !== null);
  return (
    <>
      <ul className="welcome-ready">
        <li>
          {t('welcome.readyRoutine', {
            routine: routineName,
            length:
              settings.tonightMinutes === null
                ? t('welcome.asWrittenText')
                : t('welcome.minutesText', { minutes: settings.tonightMinutes }),
          })}
        </li>
        {schedule.isEnabled && bedtime && (
          <li>
            {t('welcome.readyReminder', {
              time: reminderTime(bedtime, schedule.leadMinutes),
              minutes: schedule.leadMinutes,
            })}
          </li>
        )}
        {settings.reducedFeeling === 'yes' && <li>{t('welcome.readyWarmth')}</li>}
        <li>{t('welcome.readyLearn')}</li>
      </ul>
      <div className="button-row">
        <button type="button" className="button button--primary button--large" onClick={onStart}>
          {t('welcome.start')}
        </button>
        <button type="button" className="button button--large" onClick={onLater}>
          {t('welcome.later')}
        </button>
      </div>
    </>
  );
}
