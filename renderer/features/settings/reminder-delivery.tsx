import type { ReminderStyle } from '../../../core/reminders/reminder-schedule';
import { t } from '../../i18n';

const STYLES: readonly ReminderStyle[] = ['both', 'window', 'notification'];

/**
 * How reminders reach the user: the style (the app's own small window, a notification, or both),
 * a plain word on Do Not Disturb with a way to the window, and starting at login so reminders come
 * at all. Problems saving either are shown by the caller beside them (`problemAt`).
 */
export function ReminderDelivery({
  style,
  launchAtLogin,
  onStyle,
  onLaunchAtLogin,
  problemAt,
}: {
  style: ReminderStyle;
  launchAtLogin: boolean;
  onStyle(style: ReminderStyle): void;
  onLaunchAtLogin(isOn: boolean): void;
  problemAt(field: 'reminderStyle' | 'launchAtLogin'): React.ReactNode;
}) {
  return (
    <fieldset className="settings-subgroup">
      <legend>{t('reminders.delivery')}</legend>
      <fieldset className="field field--choice">
        <legend>{t('reminders.style')}</legend>
        {STYLES.map((choice) => (
          <label className="field--toggle" key={choice}>
            <input
              type="radio"
              name="reminder-style"
              checked={style === choice}
              onChange={() => onStyle(choice)}
            />
            <span>{t(`reminders.style.${choice}`)}</span>
          </label>
        ))}
        <p className="screen__text--quiet">{t('reminders.windowHint')}</p>
        <p className="screen__text--quiet">{t('reminders.dnd')}</p>
        {style === 'notification' && (
          <button type="button" className="button" onClick={() => onStyle('both')}>
            {t('reminders.useWindow')}
          </button>
        )}
        {problemAt('reminderStyle')}
      </fieldset>
      <label className="field field--toggle">
        <input
          type="checkbox"
          checked={launchAtLogin}
          onChange={(event) => onLaunchAtLogin(event.target.checked)}
        />
        <span>{t('settings.launchAtLogin')}</span>
      </label>
      {problemAt('launchAtLogin')}
    </fieldset>
  );
}
