import { eveningOf, nextReminderAt } from '../../core/reminders/next-reminder';
import {
  EVENING_LASTS_AFTER_BEDTIME_MS,
  eveningBedtimeAt,
  reminderEndsAt,
} from '../../core/reminders/reminder-evening';
import type { ReminderSchedule, ReminderState } from '../../core/reminders/reminder-schedule';
import type { TimerHandle, Timers } from '../../core/session/clock';

/** Near a reminder, the service looks at the clock (and the zone) this often. */
export const RECHECK_NEAR_MS = 15 * 60_000;
/** Far from any reminder, this often: the OS's resume, unlock and zone events do the rest. */
export const RECHECK_FAR_MS = 2 * 60 * 60_000;
/** "Near" is this close to the next reminder. */
export const NEAR_WINDOW_MS = 2 * 60 * 60_000;
/** A reminder found this late was a timer firing late, not a missed one. */
export const LATE_TIMER_MS = 60_000;
/** A reminder missed while asleep is still given on wake up to this long after bedtime. */
export const CATCH_UP_AFTER_BEDTIME_MS = EVENING_LASTS_AFTER_BEDTIME_MS;
const DAY_MS = 24 * 60 * 60_000;

/** One reminder to give. */
export interface DueReminder {
  /** When it was due (epoch ms). */
  readonly atMs: number;
  /** The evening it belongs to, "YYYY-MM-DD" in the user's zone. */
  readonly evening: string;
  /** Given late: on waking, after the machine slept through it, or at a start at login. */
  readonly isCatchUp: boolean;
  /** Given at a start at login after its time (the computer was off, not asleep). */
  readonly isAfterLogin?: true;
}

/** A reminder given, while it lasts. */
export interface GivenReminder extends DueReminder {
  /** The evening's real bedtime (epoch ms), whatever brought the reminder (a snooze included). */
  readonly bedtimeMs: number;
  /** Until when it stays on show and can be snoozed (`reminderEndsAt`). */
  readonly endsAtMs: number;
}

/** What the service reads and does; the clock and the outside world are injected. */
export interface ReminderServiceDeps {
  readonly timers: Timers;
  /** Wall-clock time, epoch ms: reminders are at wall times. */
  readonly wallNow: () => number;
  /** The zone now, read afresh each time (a change is noticed at the next look). */
  readonly timeZone: () => string;
  readonly schedule: () => ReminderSchedule;
  readonly state: () => ReminderState;
  /** Shows a reminder; `bedtimeMs` is its evening's real bedtime, whatever brought it. */
  readonly remind: (reminder: DueReminder, bedtimeMs: number) => void;
  /** A routine is on (running or paused): it answers the reminder, so none is given. */
  readonly isRoutineOn?: () => boolean;
  /** A given reminder is over, unanswered (two hours after bedtime): it is taken away. */
  readonly onEnded?: (reminder: GivenReminder) => void;
  /** Told after each look at the clock, so what shows the next reminder can follow. */
  readonly onLooked?: () => void;
  /** Subscribes to the system's word that the zone may have changed; returns the unsubscribe. */
  readonly watchTimeZone?: (onChange: () => void) => () => void;
  /**
   * Where `timeZone` may be old (Windows), asks the system afresh; a look by the timer, on waking
   * or unlocking waits for it. Resolves once `timeZone` gives the answer; never rejects.
   */
  readonly refreshTimeZone?: () => Promise<void>;
  readonly log?: Pick<Console, 'error'>;
}

/** How the service starts. */
export interface ReminderServiceStart {
  /**
   * Started at login: a reminder whose time has passed this evening, bedtime still to come, is
   * given once, as on waking from sleep.
   */
  readonly isLoginStart?: boolean;
}

/**
 * The bedtime reminder in main: one timer, armed for the next reminder, the end of the one on
 * show or the next look at the clock, whichever comes first, and nothing else waking the app.
 * `recheck()` is a look at the clock (the timer, resume, unlock, the system's word of a new zone):
 * a reminder the machine slept through is given once on waking while the evening lasts (up to two
 * hours after bedtime); several missed evenings never come as a burst, only the last, and only if
 * it is still that evening. `changed()` follows a change of schedule or state, looking only forward.
 * No reminder is given while a routine is on, and one that fails to show is logged; the timer is
 * armed again whatever happens.
 */
export class ReminderService {
  private timer: TimerHandle | null = null;
  private stopWatchingZone: (() => void) | null = null;
  private checkedUpToMs: number | null = null;
  /** The reminder the timer was armed for: a change just after its instant still gives it. */
  private armedForMs: number | null = null;
  /** The zone at the last look, to notice a change. */
  private zone: string | null = null;
  private given: GivenReminder | null = null;
  /** Looks waiting for the system's zone (`lookAfresh`). */
  private looksWaiting = 0;
  /** Wake-ups so far, for the benchmark. */
  wakeUps = 0;

  constructor(private readonly deps: ReminderServiceDeps) {}

  /** Starts watching from now (nothing before now is given, but at a start at login). */
  start(how: ReminderServiceStart = {}): void {
    const now = this.deps.wallNow();
    this.checkedUpToMs = now;
    this.zone = this.deps.timeZone();
    // A look waiting for the system's zone takes up a change itself (and knows if it woke).
    this.stopWatchingZone =
      this.deps.watchTimeZone?.(() => {
        if (this.looksWaiting === 0) this.recheck();
      }) ?? null;
    if (how.isLoginStart) {
      const due = this.lastDueBetween(now - DAY_MS, now);
      if (due !== null) this.give(due, now, 'login');
    }
    this.arm();
  }

  /** Stops the timer and the watch on the zone. */
  stop(): void {
    this.clearTimer();
    this.stopWatchingZone?.();
    this.stopWatchingZone = null;
    this.checkedUpToMs = null;
  }

  /** The next reminder (epoch ms) as things stand, or `null`. */
  nextAt(): number | null {
    return this.nextAfter(this.deps.wallNow());
  }

  /** The reminder given and not yet over, or `null`. */
  live(): GivenReminder | null {
    const given = this.given;
    return given !== null && this.deps.wallNow() < given.endsAtMs ? given : null;
  }

  /**
   * Looks at the clock with the zone asked afresh (the timer, waking, unlocking): at once where
   * the zone is always read fresh, else once the system has answered. After sleep, a reminder
   * missed is a catch-up even if the zone changed meanwhile (the computer was carried asleep).
   */
  lookAfresh(how: { readonly afterSleep?: boolean } = {}): void {
    const refresh = this.deps.refreshTimeZone;
    if (refresh === undefined) return this.recheck(how);
    this.looksWaiting += 1;
    void refresh().then(() => {
      this.looksWaiting -= 1;
      this.recheck(how);
    });
  }

  /**
   * Looks at the clock now: gives a reminder that fell due since the last look (a catch-up when
   * late, unless the zone changed under it), ends one that is over, then re-arms.
   */
  recheck(how: { readonly afterSleep?: boolean } = {}): void {
    if (this.checkedUpToMs === null) return;
    const now = this.deps.wallNow();
    const zone = this.deps.timeZone();
    const hasZoneChanged = zone !== this.zone;
    const due = this.lastDueBetween(this.checkedUpToMs, now);
    // A clock set back: the next look starts from the new now, so nothing is given twice.
    this.checkedUpToMs = now;
    this.zone = zone;
    this.settle(now, due, hasZoneChanged && !how.afterSleep ? 'zone-change' : 'look');
  }

  /**
   * Follows a change of the schedule or the state: looks only forward from now, so turning
   * reminders on after a reminder's time gives nothing for it. Only the reminder the timer was
   * about to give (its instant just passed) is given, if it still applies.
   */
  changed(): void {
    if (this.checkedUpToMs === null) return;
    const now = this.deps.wallNow();
    const pending = this.armedForMs;
    const stillDue =
      pending !== null && pending <= now && this.nextAfter(pending - 1) === pending
        ? pending
        : null;
    this.checkedUpToMs = now;
    this.zone = this.deps.timeZone();
    this.settle(now, stillDue, 'look');
  }

  private settle(now: number, due: number | null, why: 'look' | 'zone-change'): void {
    try {
      if (due !== null) this.give(due, now, why);
      this.endIfOver(now);
    } finally {
      this.arm();
    }
    this.deps.onLooked?.();
  }

  private give(dueAtMs: number, now: number, why: 'look' | 'zone-change' | 'login'): void {
    if (this.deps.isRoutineOn?.()) return; // the routine on answers it
    const zone = this.deps.timeZone();
    const schedule = this.deps.schedule();
    const evening = eveningOf(dueAtMs, zone).toString();
    const bedtimeMs =
      eveningBedtimeAt(evening, zone, schedule) ?? dueAtMs + schedule.leadMinutes * 60_000;
    const isLate = now - dueAtMs > LATE_TIMER_MS;
    // Late, it is given only while its evening lasts; at a start at login, only before bedtime.
    if (isLate && now >= bedtimeMs + CATCH_UP_AFTER_BEDTIME_MS) return;
    if (why === 'login' && now >= bedtimeMs) return;
    const reminder: DueReminder = {
      atMs: dueAtMs,
      evening,
      // A new zone moved the reminder: the computer was awake, so it is no catch-up.
      isCatchUp: isLate && why !== 'zone-change',
      ...(why === 'login' ? { isAfterLogin: true as const } : {}),
    };
    try {
      this.deps.remind(reminder, bedtimeMs);
      this.given = { ...reminder, bedtimeMs, endsAtMs: reminderEndsAt(bedtimeMs, now) };
    } catch (error) {
      (this.deps.log ?? console).error('The bedtime reminder could not be shown', error);
    }
  }

  private endIfOver(now: number): void {
    const given = this.given;
    if (given === null || now < given.endsAtMs) return;
    this.given = null;
    this.deps.onEnded?.(given);
  }

  /** The last reminder due in (fromMs, toMs], or `null`. */
  private lastDueBetween(fromMs: number, toMs: number): number | null {
    let last: number | null = null;
    let cursor = fromMs;
    // Bounded: a machine asleep for weeks walks at most a few weeks of evenings.
    for (let count = 0; count < 60; count += 1) {
      const next = this.nextAfter(cursor);
      if (next === null || next > toMs) break;
      last = next;
      cursor = next;
    }
    return last;
  }

  private nextAfter(nowMs: number): number | null {
    return nextReminderAt({
      nowMs,
      timeZone: this.deps.timeZone(),
      schedule: this.deps.schedule(),
      state: this.deps.state(),
    });
  }

  private arm(): void {
    this.clearTimer();
    const now = this.deps.wallNow();
    const next = this.nextAfter(now);
    this.armedForMs = next;
    const recheckMs =
      next !== null && next - now <= NEAR_WINDOW_MS ? RECHECK_NEAR_MS : RECHECK_FAR_MS;
    const endsInMs = this.given === null ? recheckMs : Math.max(0, this.given.endsAtMs - now);
    const delayMs = Math.min(next === null ? recheckMs : next - now, recheckMs, endsInMs);
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = null;
      this.wakeUps += 1;
      this.lookAfresh();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
