import { eveningOf } from '../../core/reminders/next-reminder';
import type { ReminderState } from '../../core/reminders/reminder-schedule';
import { CRAMP_NOW_ROUTINE_ID, RECOMMENDED_ROUTINE_ID } from '../../core/routines/routine-ids';
import type { TrayAction } from './tray-menu-model';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** What the tray's actions act on. */
export interface TrayActionTargets {
  /** Starts a routine by the heat rule, as the window would (Cramp now never waits). */
  startRoutine(routineId: string, skipHeat: boolean): void;
  pause(): void;
  resume(): void;
  skip(): void;
  stop(): void;
  /** Changes the reminder state from its latest value (two changes at once both hold). */
  changeReminderState(change: (state: ReminderState) => ReminderState): void;
  open(screen: 'tonight' | 'settings'): void;
  quit(): void;
  wallNow(): number;
  timeZone(): string;
}

/** Does what a tray menu item says. */
export function runTrayAction(action: TrayAction, targets: TrayActionTargets): void {
  const now = targets.wallNow();
  switch (action.kind) {
    case 'start-tonight':
      targets.startRoutine(RECOMMENDED_ROUTINE_ID, false);
      targets.open('tonight');
      return;
    case 'cramp-now':
      targets.startRoutine(CRAMP_NOW_ROUTINE_ID, false);
      targets.open('tonight');
      return;
    case 'pause':
      return targets.pause();
    case 'resume':
      return targets.resume();
    case 'skip':
      return targets.skip();
    case 'stop':
      return targets.stop();
    case 'snooze':
      return targets.changeReminderState((state) => ({
        ...state,
        snoozedUntilMs: now + action.minutes * MINUTE_MS,
      }));
    case 'skip-tonight': {
      const skippedEvening = eveningOf(now, targets.timeZone()).toString();
      return targets.changeReminderState((state) => ({ ...state, skippedEvening }));
    }
    case 'pause-reminders': {
      const days = action.days;
      return targets.changeReminderState((state) =>
        days === null
          ? { ...state, isPausedUntilTurnedOn: true }
          : { ...state, pausedUntilMs: now + days * DAY_MS },
      );
    }
    case 'reminders-back-on':
      return targets.changeReminderState((state) => ({
        ...state,
        isPausedUntilTurnedOn: false,
        pausedUntilMs: undefined,
      }));
    case 'open':
      return targets.open('tonight');
    case 'settings':
      return targets.open('settings');
    case 'quit':
      return targets.quit();
  }
}
