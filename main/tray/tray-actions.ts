import { applyReminderAction } from '../../core/reminders/reminder-actions';
import type { ReminderSchedule, ReminderState } from '../../core/reminders/reminder-schedule';
import { CRAMP_NOW_ROUTINE_ID } from '../../core/routines/routine-ids';
import type { TrayAction } from './tray-menu-model';

/** What the tray's actions act on. */
export interface TrayActionTargets {
  /** Starts a routine by the heat rule, as the window would (Cramp now never waits). */
  startRoutine(routineId: string, skipHeat: boolean): void;
  /** Starts tonight's routine at tonight's length, as Tonight's Start would. */
  startTonight(): void;
  pause(): void;
  resume(): void;
  skip(): void;
  stop(): void;
  /**
   * Changes the reminder state from its latest value (two changes at once both hold), by the
   * schedule as it is then.
   */
  changeReminderState(
    change: (state: ReminderState, schedule: ReminderSchedule) => ReminderState,
  ): void;
  open(screen: 'tonight' | 'settings' | 'log-cramp'): void;
  quit(): void;
  wallNow(): number;
  timeZone(): string;
}

/** Does what a tray menu item says. */
export function runTrayAction(action: TrayAction, targets: TrayActionTargets): void {
  const now = targets.wallNow();
  switch (action.kind) {
    case 'start-tonight':
      targets.startTonight();
      targets.open('tonight');
      return;
    case 'cramp-now':
      targets.startRoutine(CRAMP_NOW_ROUTINE_ID, false);
      targets.open('tonight');
      return;
    case 'log-cramp':
      return targets.open('log-cramp');
    case 'pause':
      return targets.pause();
    case 'resume':
      return targets.resume();
    case 'skip':
      return targets.skip();
    case 'stop':
      return targets.stop();
    case 'snooze':
    case 'skip-tonight':
    case 'pause-reminders':
    case 'reminders-back-on':
      return targets.changeReminderState((state, schedule) =>
        applyReminderAction(state, action, { nowMs: now, timeZone: targets.timeZone(), schedule }),
      );
    case 'open':
      return targets.open('tonight');
    case 'settings':
      return targets.open('settings');
    case 'quit':
      return targets.quit();
  }
}
