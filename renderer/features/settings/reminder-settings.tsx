import { useId, useState } from 'react';
import type {
  ReminderSchedule,
  ReminderSchedulePatch,
} from '../../../core/reminders/reminder-schedule';
import { LEAD_MINUTE_CHOICES } from '../../../core/reminders/reminder-choices';
import { WEEKDAYS, everyEvening } from '../../../core/reminders/weekdays';
import { t, tPlural } from '../../i18n';

/** The weekday's name in the app's language (1 January 2024 was a Monday). */
function weekdayName(index: number): string {
  return new Intl.DateTimeFormat(t('app.lang'), { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + index),
  );
}

/** The bedtime most evenings have, for the one "every evening" field. */
function usualBedtime(schedule: ReminderSchedule): string {
  const times = WEEKDAYS.map((day) => schedule.bedtimes[day]).filter((time) => time !== null);
  const counts = new Map<string, number>();
  for (const time of times) counts.set(time, (counts.get(time) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * The bedtime reminder settings: on or off, one bedtime for every evening (or one per evening),
 * and how long before bedtime to remind. Each change is saved at once by main.
 */
export function ReminderSettings({
  schedule,
  onChange,
  onTest,
}: {
  schedule: ReminderSchedule;
  /** Only what changed; main merges it into the schedule as it then is. */
  onChange(change: ReminderSchedulePatch): void;
  /** Sends a reminder now, so the user sees and hears what will come. */
  onTest(): void;
}) {
  const leadId = useId();
  const [isCustom, setIsCustom] = useState(
    () => !(LEAD_MINUTE_CHOICES as readonly number[]).includes(schedule.leadMinutes),
  );
  return (
    <fieldset className="settings-subgroup">
      <legend>{t('reminders.heading')}</legend>
      <label className="field field--toggle">
        <input
          type="checkbox"
          checked={schedule.isEnabled}
          onChange={(event) => onChange({ isEnabled: event.target.checked })}
        />
        <span>{t('reminders.isOn')}</span>
      </label>
      <label className="field">
        <span>{t('reminders.bedtime')}</span>
        <input
          type="time"
          value={usualBedtime(schedule)}
          onChange={(event) => {
            if (event.target.value) onChange({ bedtimes: everyEvening(event.target.value) });
          }}
        />
      </label>
      <label className="field" htmlFor={leadId}>
        <span>{t('reminders.lead')}</span>
        <select
          id={leadId}
          value={isCustom ? 'custom' : schedule.leadMinutes}
          onChange={(event) => {
            if (event.target.value === 'custom') {
              setIsCustom(true);
              return;
            }
            setIsCustom(false);
            onChange({ leadMinutes: Number(event.target.value) });
          }}
        >
          {LEAD_MINUTE_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {tPlural('reminders.leadMinutes', minutes)}
            </option>
          ))}
          <option value="custom">{t('reminders.leadCustom')}</option>
        </select>
      </label>
      {isCustom && (
        <CustomLead
          minutes={schedule.leadMinutes}
          onChange={(leadMinutes) => onChange({ leadMinutes })}
        />
      )}
      <details className="field">
        <summary>{t('reminders.perDay')}</summary>
        <p className="screen__text--quiet">{t('reminders.perDayHint')}</p>
        {WEEKDAYS.map((day, index) => (
          <label className="field" key={day}>
            <span>{weekdayName(index)}</span>
            <input
              type="time"
              value={schedule.bedtimes[day] ?? ''}
              onChange={(event) => onChange({ bedtimes: { [day]: event.target.value || null } })}
            />
          </label>
        ))}
      </details>
      <button type="button" className="button" onClick={onTest}>
        {t('reminders.test')}
      </button>
    </fieldset>
  );
}

/** The longest lead time, in minutes (the schedule's own bound). */
const MAX_LEAD_MINUTES = 240;

/**
 * Any lead time from 1 to 240 minutes; a value out of range is explained at once and not sent,
 * so the reminder keeps the lead time in force.
 */
function CustomLead({ minutes, onChange }: { minutes: number; onChange(minutes: number): void }) {
  const [text, setText] = useState(String(minutes));
  const value = Number(text);
  const isValid = Number.isInteger(value) && value >= 1 && value <= MAX_LEAD_MINUTES;
  const problemId = useId();
  return (
    <label className="field">
      <span>{t('reminders.leadCustomMinutes')}</span>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_LEAD_MINUTES}
        step={1}
        value={text}
        aria-invalid={!isValid}
        aria-describedby={isValid ? undefined : problemId}
        onChange={(event) => {
          setText(event.target.value);
          const next = Number(event.target.value);
          if (Number.isInteger(next) && next >= 1 && next <= MAX_LEAD_MINUTES) onChange(next);
        }}
      />
      {!isValid && (
        <span id={problemId} className="notice notice--inline" role="alert">
          {t('reminders.leadCustomProblem', { max: MAX_LEAD_MINUTES })}
        </span>
      )}
    </label>
  );
}
