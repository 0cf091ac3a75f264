import {
  applyReminderAction,
  areRemindersPaused,
  isTonightQuiet,
} from '../../core/reminders/reminder-actions';
import type { NextReminder } from '../../core/reminders/reminder-schedule';
import type { IpcHandlers } from '../ipc';
import type { SettingsStore } from '../settings/settings-store';
import type { ReminderService } from './reminder-service';

type ReminderHandlers = Pick<
  IpcHandlers,
  'getNextReminder' | 'actOnReminders' | 'sendTestReminder'
>;

/** The IPC handlers for reminders: when the next one is, and the user's actions on them. */
export function createReminderHandlers(
  service: ReminderService,
  giveTestReminder: () => void,
  settings: SettingsStore,
  wallNow: () => number,
  timeZone: () => string,
): ReminderHandlers {
  const view = (): NextReminder => {
    const { reminderState } = settings.get();
    const now = wallNow();
    return {
      atMs: service.nextAt(),
      arePaused: areRemindersPaused(reminderState, now),
      isTonightQuiet: isTonightQuiet(reminderState, now, timeZone()),
    };
  };
  return {
    getNextReminder: () => view(),
    sendTestReminder: () => {
      giveTestReminder();
      return null;
    },
    actOnReminders: async (action) => {
      await settings.updateWith((current) => ({
        reminderState: applyReminderAction(current.reminderState, action, wallNow(), timeZone()),
      }));
      return view();
    },
  };
}
