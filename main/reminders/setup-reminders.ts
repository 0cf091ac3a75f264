import { powerMonitor, type BrowserWindow } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import { eveningOf } from '../../core/reminders/next-reminder';
import type { Timers } from '../../core/session/clock';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import type { SettingsStore } from '../settings/settings-store';
import { ReminderService, type DueReminder } from './reminder-service';
import { showReminder } from './show-reminder';

/** What the reminders need from the rest of the app. */
export interface RemindersSetup {
  readonly settings: SettingsStore;
  readonly window: BrowserWindow;
  readonly timers: Timers;
  readonly wallNow: () => number;
  /** The system's time zone, read anew each time (it can change while the app runs). */
  readonly timeZone: () => string;
  readonly log: Pick<Console, 'warn' | 'error'>;
  /** Told after each reminder is given (the tray then offers a snooze). */
  readonly onGiven?: (reminder: DueReminder) => void;
}

/** The reminders as the rest of main uses them. */
export interface Reminders {
  readonly service: ReminderService;
  /** The last reminder given in this run, if any. */
  readonly lastGiven: () => DueReminder | null;
  /** Gives a reminder now, as tonight's would come (Settings' "send a test reminder"). */
  readonly giveTestReminder: () => void;
  /** Marks tonight done when a routine was really done (no reminder for it then). */
  readonly onSessionRecorded: (entry: SessionHistoryEntry) => void;
}

/**
 * The bedtime reminder in main: the service with its one timer, re-checked on resume, unlock and
 * every settings change, giving each reminder as a notification (or the window).
 */
export function setupReminders(setup: RemindersSetup): Reminders {
  const { settings } = setup;
  let lastGiven: DueReminder | null = null;
  const remind = (reminder: DueReminder) => {
    const bedtimeMs = reminder.atMs + settings.get().reminderSchedule.leadMinutes * 60_000;
    const bedtimeText = new Intl.DateTimeFormat(formatMessage('app.lang'), {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: setup.timeZone(),
    }).format(bedtimeMs);
    showReminder(reminder, setup.window, bedtimeText, setup.log);
  };
  const service = new ReminderService({
    timers: setup.timers,
    wallNow: setup.wallNow,
    timeZone: setup.timeZone,
    schedule: () => settings.get().reminderSchedule,
    state: () => settings.get().reminderState,
    remind: (reminder) => {
      remind(reminder);
      lastGiven = reminder;
      setup.onGiven?.(reminder);
    },
  });
  powerMonitor.on('resume', () => service.recheck());
  powerMonitor.on('unlock-screen', () => service.recheck());
  settings.subscribe(() => service.recheck());
  service.start();

  const onSessionRecorded = (entry: SessionHistoryEntry) => {
    if (entry.outcome === 'stopped') return;
    const doneEvening = eveningOf(setup.wallNow(), setup.timeZone()).toString();
    if (settings.get().reminderState.doneEvening === doneEvening) return;
    settings
      .updateWith((current) => ({ reminderState: { ...current.reminderState, doneEvening } }))
      .catch((error: unknown) => {
        setup.log.error('Could not note that tonight’s routine is done', error);
      });
  };
  const giveTestReminder = () => {
    const now = setup.wallNow();
    remind({ atMs: now, evening: eveningOf(now, setup.timeZone()).toString(), isCatchUp: false });
  };
  return { service, lastGiven: () => lastGiven, giveTestReminder, onSessionRecorded };
}
