import { isEveningQuiet } from './next-reminder';
import { tonightAt } from './reminder-evening';
import type { ReminderAction, ReminderSchedule, ReminderState } from './reminder-schedule';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Where and when a reminder rule is applied: the instant, the user's zone and schedule. */
export interface ReminderMoment {
  readonly nowMs: number;
  readonly timeZone: string;
  readonly schedule: ReminderSchedule;
}

/**
 * What a reminder action makes of the state at a moment: the one rule for the window's buttons,
 * Tonight, the tray menu and the command line. "Skip tonight" skips the evening `tonightAt` names
 * (in the morning, the evening to come).
 */
export function applyReminderAction(
  state: ReminderState,
  action: ReminderAction,
  moment: ReminderMoment,
): ReminderState {
  const { nowMs } = moment;
  switch (action.kind) {
    case 'snooze':
      return { ...state, snoozedUntilMs: nowMs + action.minutes * MINUTE_MS };
    case 'skip-tonight':
      return {
        ...state,
        skippedEvening: tonightAt(nowMs, moment.timeZone, moment.schedule),
      };
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

/** A reminder given, as the snooze rule needs it. */
export interface LiveReminder {
  /** The evening it is for, "YYYY-MM-DD". */
  readonly evening: string;
  /** Until when it stays (`reminderEndsAt`). */
  readonly endsAtMs: number;
}

/**
 * Whether a snooze makes sense now: reminders are on and not paused, a reminder has been given and
 * is not over (until two hours after its bedtime), and its evening still wants its routine (the
 * one rule for Tonight and the tray). In the morning there is nothing to snooze.
 */
export function canSnoozeNow(
  state: ReminderState,
  live: LiveReminder | null,
  moment: ReminderMoment,
): boolean {
  return (
    moment.schedule.isEnabled &&
    !areRemindersPaused(state, moment.nowMs) &&
    live !== null &&
    moment.nowMs < live.endsAtMs &&
    !isEveningQuiet(state, live.evening)
  );
}

/** Whether tonight (as `tonightAt` names it) is skipped, or its routine done or started. */
export function isTonightQuiet(state: ReminderState, moment: ReminderMoment): boolean {
  return isEveningQuiet(state, tonightAt(moment.nowMs, moment.timeZone, moment.schedule));
}
