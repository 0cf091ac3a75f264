import { useId } from 'react';
import { SNOOZE_CHOICES, type SnoozeMinutes } from '../../core/reminders/reminder-choices';
import { t, tPlural } from '../i18n';

/**
 * "Remind me again in 10, 20 or 30 minutes": one labelled group of large buttons, the same in the
 * reminder window and on Tonight.
 */
export function SnoozeChoices({
  className,
  labelClassName,
  onSnooze,
}: {
  className: string;
  labelClassName?: string;
  onSnooze(minutes: SnoozeMinutes): void;
}) {
  const labelId = useId();
  return (
    <div className={className} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={labelClassName}>
        {t('reminder.snoozeLabel')}
      </span>
      {SNOOZE_CHOICES.map((minutes) => (
        <button key={minutes} type="button" className="button" onClick={() => onSnooze(minutes)}>
          {tPlural('reminder.snoozeMinutes', minutes)}
        </button>
      ))}
    </div>
  );
}
