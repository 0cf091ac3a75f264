import { Notification, powerMonitor } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import { eveningOf, eveningReminderAt } from '../../core/reminders/next-reminder';
import { areRemindersPaused, isTonightQuiet } from '../../core/reminders/reminder-actions';
import type {
  NextReminder,
  ReminderAnswer,
  ShownReminder,
} from '../../core/reminders/reminder-schedule';
import { reminderWording } from '../../core/reminders/reminder-wording';
import type { TrialNightPlace } from '../../core/trial/trial-state';
import type { Timers } from '../../core/session/clock';
import type { SessionHistoryEntry } from '../../core/session/session-state';
import type { SettingsStore } from '../settings/settings-store';
import type { TrayAction } from '../tray/tray-menu-model';
import {
  createReminderHandlers,
  nextReminderView,
  type ReminderHandlers,
} from './reminder-handlers';
import { ReminderPresenter } from './reminder-presenter';
import { ReminderService, type DueReminder } from './reminder-service';
import { ReminderWindow, type ReminderWindowOptions } from './reminder-window';
import { readToastArgument, type ToastText } from './windows-toast';

/** What the reminders need from the rest of the app. */
export interface RemindersSetup {
  readonly settings: SettingsStore;
  readonly timers: Timers;
  readonly wallNow: () => number;
  /** The system's time zone, read anew each time (it can change while the app runs). */
  readonly timeZone: () => string;
  readonly platform: NodeJS.Platform;
  /** How the app's own reminder window is made (it is trusted like the main window). */
  readonly window: Omit<ReminderWindowOptions, 'title'>;
  readonly log: Pick<Console, 'warn' | 'error'>;
  /** Does what a reminder's answer asks (start, snooze, skip tonight, open), as the tray would. */
  readonly act: (action: TrayAction) => void;
  /** Tonight's place in the personal trial, if one is under way (the reminder says it). */
  readonly trialTonight?: () => TrialNightPlace | null;
  /** Told after each reminder is given (the tray then offers a snooze). */
  readonly onGiven?: (reminder: DueReminder) => void;
}

/** The reminders as the rest of main uses them. */
export interface Reminders {
  readonly service: ReminderService;
  /** The last reminder given in this run, if any. */
  readonly lastGiven: () => DueReminder | null;
  /** The next reminder as Tonight shows it, now. */
  readonly view: () => NextReminder;
  /** The reminder IPC handlers (next reminder, actions, test, the reminder window's calls). */
  readonly handlers: ReminderHandlers;
  /** Marks tonight done when a routine was really done (no reminder for it then). */
  readonly onSessionRecorded: (entry: SessionHistoryEntry) => void;
  /** Takes a reminder on show away (a routine started, so it has done its job). */
  readonly withdraw: () => void;
}

/**
 * The bedtime reminder in main: the service with its one timer, re-checked on resume, unlock and
 * every settings change, giving each reminder in the user's style (a notification, the app's own
 * reminder window, or both) and acting on the answer.
 */
export function setupReminders(setup: RemindersSetup): Reminders {
  const { settings } = setup;
  let lastGiven: DueReminder | null = null;
  const answer = (reply: ReminderAnswer) => {
    presenter.withdraw();
    if (reply.kind !== 'dismiss') setup.act(reply);
  };
  const presenter = new ReminderPresenter({
    style: () => settings.get().reminderStyle,
    platform: setup.platform,
    window: new ReminderWindow({ ...setup.window, title: formatMessage('reminder.windowTitle') }),
    log: setup.log,
    onAnswer: answer,
  });
  const give = (reminder: DueReminder) => {
    const bedtimeMs = reminder.atMs + settings.get().reminderSchedule.leadMinutes * 60_000;
    const place = setup.trialTonight?.() ?? null;
    const shown: ShownReminder = {
      bedtimeMs,
      isCatchUp: reminder.isCatchUp,
      ...(place?.kind === 'scheduled' ? { trialArm: place.arm } : {}),
    };
    presenter.present(shown, reminderText(shown, setup.timeZone()));
  };
  const service = new ReminderService({
    timers: setup.timers,
    wallNow: setup.wallNow,
    timeZone: setup.timeZone,
    schedule: () => settings.get().reminderSchedule,
    state: () => settings.get().reminderState,
    remind: (reminder) => {
      give(reminder);
      lastGiven = reminder;
      setup.onGiven?.(reminder);
    },
  });
  if (setup.platform === 'win32') {
    // A toast's buttons come back here, even after the notification object is gone.
    Notification.handleActivation((details) => {
      const argument = readToastArgument(details.arguments);
      if (argument === 'open') answer({ kind: 'open' });
      if (argument === 'start-tonight') answer({ kind: 'start-tonight' });
      if (argument === 'snooze-10') answer({ kind: 'snooze', minutes: 10 });
    });
  }
  powerMonitor.on('resume', () => service.recheck());
  powerMonitor.on('unlock-screen', () => service.recheck());
  settings.subscribe((next) => {
    // A reminder on show goes away once it no longer applies (snoozed, skipped, paused, off).
    const now = setup.wallNow();
    const state = next.reminderState;
    const noLongerApplies =
      !next.reminderSchedule.isEnabled ||
      areRemindersPaused(state, now) ||
      isTonightQuiet(state, now, setup.timeZone()) ||
      (state.snoozedUntilMs ?? 0) > now;
    if (noLongerApplies && presenter.isShowing()) presenter.withdraw();
    service.recheck();
  });
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
    const evening = eveningOf(now, setup.timeZone());
    // Shown with tonight's own bedtime where there is one (a test at 9 in the morning should not
    // speak of a bedtime at 9:30); else as if bedtime were one lead time from now.
    const tonightsReminder = eveningReminderAt(
      evening,
      setup.timeZone(),
      settings.get().reminderSchedule,
    );
    give({ atMs: tonightsReminder ?? now, evening: evening.toString(), isCatchUp: false });
  };
  const views = {
    service,
    settings,
    wallNow: setup.wallNow,
    timeZone: setup.timeZone,
    lastGivenEvening: () => lastGiven?.evening ?? null,
  };
  const handlers = createReminderHandlers({
    ...views,
    giveTestReminder,
    shown: () => presenter.current(),
    answer,
  });
  return {
    service,
    lastGiven: () => lastGiven,
    handlers,
    view: () => nextReminderView(views),
    onSessionRecorded,
    withdraw: () => presenter.withdraw(),
  };
}

/** The reminder's words, with the bedtime in the user's zone and language. */
function reminderText(reminder: ShownReminder, timeZone: string): ToastText {
  const time = new Intl.DateTimeFormat(formatMessage('app.lang'), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(reminder.bedtimeMs);
  const wording = reminderWording(reminder);
  return {
    title: formatMessage(wording.title),
    body: wording.body.map((key) => formatMessage(key, { time })).join(' '),
    startLabel: formatMessage('reminder.start'),
    snoozeLabel: formatMessage('reminder.snoozeTen'),
  };
}
