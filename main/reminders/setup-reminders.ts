import { Notification, powerMonitor } from 'electron';
import { formatMessage } from '../../core/i18n/format-message';
import { eveningOf, isEveningQuiet } from '../../core/reminders/next-reminder';
import { areRemindersPaused } from '../../core/reminders/reminder-actions';
import { eveningBedtimeAt, tonightAt } from '../../core/reminders/reminder-evening';
import type {
  NextReminder,
  ReminderAnswer,
  ShownReminder,
} from '../../core/reminders/reminder-schedule';
import { reminderWording } from '../../core/reminders/reminder-wording';
import type { TrialNightPlace } from '../../core/trial/trial-state';
import type { Timers } from '../../core/session/clock';
import type { SessionHistoryEntry, SessionSnapshot } from '../../core/session/session-state';
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
  /**
   * Told when what the reminders offer may have changed (a reminder given or over, a look at the
   * clock): the tray and Tonight follow.
   */
  readonly onChanged?: () => void;
  /** The app was started at login: a reminder whose time passed this evening comes once. */
  readonly isLoginStart?: boolean;
  /** Asks the system for its zone afresh before a look at the clock (where reads may be old). */
  readonly refreshTimeZone?: () => Promise<void>;
  /** The system's word that the zone may have changed (none for a zone a test set). */
  readonly watchTimeZone?: (onChange: () => void) => () => void;
}

/** The reminders as the rest of main uses them. */
export interface Reminders {
  readonly service: ReminderService;
  /** The next reminder as Tonight and the tray show it, now. */
  readonly view: () => NextReminder;
  /** The reminder IPC handlers (next reminder, actions, test, the reminder window's calls). */
  readonly handlers: ReminderHandlers;
  /** Marks tonight done when a routine was really done (no reminder for it then). */
  readonly onSessionRecorded: (entry: SessionHistoryEntry) => void;
  /**
   * Follows the routine: while one is on (running or paused) no reminder comes, and starting one
   * answers that evening's reminder (taken away if on show, and no more that evening).
   */
  readonly onSessionState: (snapshot: SessionSnapshot) => void;
}

/**
 * The bedtime reminder in main: the service with its one timer, looking at the clock on resume,
 * unlock and the system's word of a new zone, and following every settings change (looking only
 * forward); giving each reminder in the user's style (a notification, the app's own reminder
 * window, or both), taking it away when it is answered, no longer applies or is over, and acting
 * on the answer.
 */
export function setupReminders(setup: RemindersSetup): Reminders {
  const { settings } = setup;
  let isRoutineOn = false;
  /** The evening a routine answered, held until the settings have it (their write takes a while). */
  let answeredEvening: string | null = null;
  const reminderState = () => {
    const saved = settings.get().reminderState;
    return answeredEvening === null || saved.answeredEvening === answeredEvening
      ? saved
      : { ...saved, answeredEvening };
  };
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
  const give = (reminder: DueReminder, bedtimeMs: number) => {
    const place = setup.trialTonight?.() ?? null;
    const shown: ShownReminder = {
      bedtimeMs,
      isCatchUp: reminder.isCatchUp,
      ...(reminder.isAfterLogin ? { isAfterLogin: true } : {}),
      ...(place?.kind === 'scheduled' ? { trialArm: place.arm } : {}),
    };
    presenter.present(shown, reminderText(shown, setup.timeZone()));
  };
  const service = new ReminderService({
    timers: setup.timers,
    wallNow: setup.wallNow,
    schedule: () => settings.get().reminderSchedule,
    state: reminderState,
    remind: give,
    isRoutineOn: () => isRoutineOn,
    // An unanswered reminder does not stay on top into the night and the next day.
    onEnded: () => presenter.withdraw(),
    onLooked: () => setup.onChanged?.(),
    timeZone: setup.timeZone,
    watchTimeZone: setup.watchTimeZone,
    refreshTimeZone: setup.refreshTimeZone,
    log: setup.log,
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
  powerMonitor.on('resume', () => service.lookAfresh({ afterSleep: true }));
  powerMonitor.on('unlock-screen', () => service.lookAfresh());
  settings.subscribe((next) => {
    // A reminder on show goes away once it no longer applies (snoozed, skipped, paused, off).
    const now = setup.wallNow();
    const state = next.reminderState;
    const evening =
      service.live()?.evening ?? tonightAt(now, setup.timeZone(), next.reminderSchedule);
    const noLongerApplies =
      !next.reminderSchedule.isEnabled ||
      areRemindersPaused(state, now) ||
      isEveningQuiet(state, evening) ||
      (state.snoozedUntilMs ?? 0) > now;
    if (noLongerApplies && presenter.isShowing()) presenter.withdraw();
    // A change looks only forward: turning reminders on late gives no catch-up.
    service.changed();
  });
  service.start({ isLoginStart: setup.isLoginStart ?? false });

  const noteEvening = (field: 'doneEvening' | 'answeredEvening', why: string) => {
    const evening = eveningOf(setup.wallNow(), setup.timeZone()).toString();
    if (settings.get().reminderState[field] === evening) return;
    settings
      .updateWith((current) => ({ reminderState: { ...current.reminderState, [field]: evening } }))
      .catch((error: unknown) => setup.log.error(`Could not note that ${why}`, error));
  };
  const onSessionRecorded = (entry: SessionHistoryEntry) => {
    if (entry.outcome !== 'stopped') noteEvening('doneEvening', 'tonight’s routine is done');
  };
  const onSessionState = (snapshot: SessionSnapshot) => {
    const wasOn = isRoutineOn;
    isRoutineOn = snapshot.status === 'running' || snapshot.status === 'paused';
    if (!isRoutineOn || wasOn) return;
    // A routine under way has answered this evening's reminder.
    presenter.withdraw();
    answeredEvening = eveningOf(setup.wallNow(), setup.timeZone()).toString();
    noteEvening('answeredEvening', 'a routine answered tonight’s reminder');
  };
  const giveTestReminder = () => {
    const now = setup.wallNow();
    const zone = setup.timeZone();
    const { reminderSchedule } = settings.get();
    const tonight = tonightAt(now, zone, reminderSchedule);
    // Shown with tonight's own bedtime where there is one (a test at 9 in the morning should not
    // speak of a bedtime at 9:30); else as if bedtime were one lead time from now.
    const bedtimeMs =
      eveningBedtimeAt(tonight, zone, reminderSchedule) ??
      now + reminderSchedule.leadMinutes * 60_000;
    give({ atMs: now, evening: tonight, isCatchUp: false }, bedtimeMs);
  };
  const views = { service, settings, wallNow: setup.wallNow, timeZone: setup.timeZone };
  const handlers = createReminderHandlers({
    ...views,
    giveTestReminder,
    shown: () => presenter.current(),
    answer,
  });
  return {
    service,
    handlers,
    view: () => nextReminderView(views),
    onSessionRecorded,
    onSessionState,
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
