import { eveningOf } from './next-reminder';
import type { ReminderAction, ReminderSchedule, ReminderState } from './reminder-schedule';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * What a reminder action makes of the state, at `nowMs` in `timeZone`: the one rule for the
 * window's buttons, the tray menu and the command line.
 */
export function applyReminderAction(
  state: ReminderState,
  action: ReminderAction,
  nowMs: number,
  timeZone: string,
): ReminderState {
  switch (action.kind) {
    case 'snooze':
      return { ...state, snoozedUntilMs: nowMs + action.minutes * MINUTE_MS };
    case 'skip-tonight':
      return { ...state, skippedEvening: eveningOf(nowMs, timeZone).toString() };
    case 'pause-reminders':
      return action.days === null
        ? { ...state, isPausedUntilTurnedOn: true }
        : { ...state, pausedUntilMs: nowMs + action.days * DAY_MS };
    case 'reminders-back-on':
      return { ...state, isPausedUntilTurnedOn: false, pausedUntilMs: undefined };
  }
}

/** Whether reminders are paused at `nowMs`. */
export function areRemindersPaused(state: ReminderState, nowMs: number): boolean {
  return state.isPausedUntilTurnedOn === true || (state.pausedUntilMs ?? 0) > nowMs;
}

/**
 * Whether a snooze makes sense now: reminders are on and not paused, tonight still wants its
 * routine, and tonight's reminder has been given (the one rule for Tonight and the tray).
 */
export function canSnoozeNow(
  schedule: ReminderSchedule,
  state: ReminderState,
  lastGivenEvening: string | null,
  nowMs: number,
  timeZone: string,
): boolean {
  return (
    schedule.isEnabled &&
    !areRemindersPaused(state, nowMs) &&
    !isTonightQuiet(state, nowMs, timeZone) &&
    lastGivenEvening === eveningOf(nowMs, timeZone).toString()
  );
}

/** Whether tonight (the evening of `nowMs`) is skipped or its routine done. */
export function isTonightQuiet(state: ReminderState, nowMs: number, timeZone: string): boolean {
  const tonight = eveningOf(nowMs, timeZone).toString();
  return state.skippedEvening === tonight || state.doneEvening === tonight;
}
