import {
  applyReminderAction,
  areRemindersPaused,
  canSnoozeNow,
  isTonightQuiet,
} from '../../core/reminders/reminder-actions';
import type {
  NextReminder,
  ReminderAnswer,
  ShownReminder,
} from '../../core/reminders/reminder-schedule';
import type { IpcHandlers } from '../ipc';
import type { SettingsStore } from '../settings/settings-store';
import type { ReminderService } from './reminder-service';

export type ReminderHandlers = Pick<
  IpcHandlers,
  'getNextReminder' | 'actOnReminders' | 'sendTestReminder' | 'getShownReminder' | 'answerReminder'
>;

/** What the reminder handlers reach. */
export interface ReminderHandlersDeps {
  readonly service: ReminderService;
  readonly giveTestReminder: () => void;
  /** The reminder the reminder window shows. */
  readonly shown: () => ShownReminder | null;
  readonly answer: (answer: ReminderAnswer) => void;
  readonly settings: SettingsStore;
  readonly wallNow: () => number;
  readonly timeZone: () => string;
}

/**
 * The next reminder as Tonight and the tray show it, from the state now: one answer for both, so
 * they never disagree about what can be snoozed or skipped.
 */
export function nextReminderView(
  deps: Pick<ReminderHandlersDeps, 'service' | 'settings' | 'wallNow' | 'timeZone'>,
): NextReminder {
  const { reminderSchedule, reminderState } = deps.settings.get();
  const moment = { nowMs: deps.wallNow(), timeZone: deps.timeZone(), schedule: reminderSchedule };
  return {
    atMs: deps.service.nextAt(),
    arePaused: areRemindersPaused(reminderState, moment.nowMs),
    isTonightQuiet: isTonightQuiet(reminderState, moment),
    canSnooze: canSnoozeNow(reminderState, deps.service.live(), moment),
  };
}

/**
 * The IPC handlers for reminders: when the next one is, the user's actions on them, a test
 * reminder, and the reminder window's question (what am I showing) and answer.
 */
export function createReminderHandlers(deps: ReminderHandlersDeps): ReminderHandlers {
  const { settings, wallNow, timeZone } = deps;
  const view = (): NextReminder => nextReminderView(deps);
  return {
    getNextReminder: () => view(),
    sendTestReminder: () => {
      deps.giveTestReminder();
      return null;
    },
    getShownReminder: () => deps.shown(),
    answerReminder: (answer) => {
      deps.answer(answer);
      return null;
    },
    actOnReminders: async (action) => {
      await settings.updateWith((current) => ({
        reminderState: applyReminderAction(current.reminderState, action, {
          nowMs: wallNow(),
          timeZone: timeZone(),
          schedule: current.reminderSchedule,
        }),
      }));
      return view();
    },
  };
}
