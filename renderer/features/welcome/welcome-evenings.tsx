import { useId, useState } from 'react';
import { LEAD_MINUTE_CHOICES } from '../../../core/reminders/reminder-choices';
import { everyEvening } from '../../../core/reminders/weekdays';
import { FIT_MINUTE_CHOICES } from '../../../core/routines/routine-limits';
import type { Settings, SettingsPatch } from '../../../core/settings/settings-schema';
import { t } from '../../i18n';

/** The bedtime most evenings have now (the first one set), or the app's calm default. */
const usualBedtime = (settings: Settings) =>
  Object.values(settings.reminderSchedule.bedtimes).find((time) => time !== null) ?? '22:30';

/**
 * Welcome, screen 2: bedtime, whether and how long before it to remind (every evening, or no
 * reminder), and how many minutes most nights (tonight's routine is fitted to them).
 */
export function WelcomeEvenings({
  settings,
  onNext,
}: {
  settings: Settings;
  onNext(patch: SettingsPatch): Promise<void>;
}) {
  const [bedtime, setBedtime] = useState(usualBedtime(settings));
  const [lead, setLead] = useState(settings.reminderSchedule.leadMinutes);
  // A reminder is the user's choice: asked, with "No reminder" beside it, as things stand now.
  const [wantsReminder, setWantsReminder] = useState(settings.reminderSchedule.isEnabled);
  const reminderName = useId();
  const [minutes, setMinutes] = useState(settings.tonightMinutes);
  const minutesName = useId();
  return (
    <>
      <label className="field">
        <span>{t('welcome.bedtime')}</span>
        <input
          type="time"
          required
          value={bedtime}
          onChange={(event) => event.target.value && setBedtime(event.target.value)}
        />
      </label>
      <fieldset className="field field--choice choices">
        <legend>{t('welcome.reminder')}</legend>
        {[null, ...LEAD_MINUTE_CHOICES].map((choice) => (
          <label className="field--toggle" key={choice ?? 'none'}>
            <input
              type="radio"
              name={reminderName}
              checked={choice === null ? !wantsReminder : wantsReminder && lead === choice}
              onChange={() => {
                setWantsReminder(choice !== null);
                if (choice !== null) setLead(choice);
              }}
            />
            <span>
              {choice === null
                ? t('welcome.noReminder')
                : t('welcome.leadChoice', { minutes: choice })}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field field--choice choices">
        <legend>{t('welcome.minutes')}</legend>
        {[null, ...FIT_MINUTE_CHOICES].map((choice) => (
          <label className="field--toggle" key={choice ?? 'written'}>
            <input
              type="radio"
              name={minutesName}
              checked={minutes === choice}
              onChange={() => setMinutes(choice)}
            />
            <span>
              {choice === null
                ? t('welcome.minutesAsWritten')
                : t('welcome.minutesChoice', { minutes: choice })}
            </span>
          </label>
        ))}
      </fieldset>
      {/* Next stays in view at the foot of the window, however long the screen. */}
      <div className="welcome__next">
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() =>
            void onNext({
              reminderSchedule: {
                isEnabled: wantsReminder,
                leadMinutes: lead,
                bedtimes: everyEvening(bedtime),
              },
              tonightMinutes: minutes,
            })
          }
        >
          {t('welcome.next')}
        </button>
      </div>
    </>
  );
}
