import { eveningOf, nextReminderAt } from '../../core/reminders/next-reminder';
import type { ReminderSchedule, ReminderState } from '../../core/reminders/reminder-schedule';
import type { TimerHandle, Timers } from '../../core/session/clock';

/** Near a reminder, the service looks at the clock this often, to notice a clock that jumped. */
export const RECHECK_NEAR_MS = 15 * 60_000;
/** Far from any reminder, this often: the OS's resume and clock-change events do the rest. */
export const RECHECK_FAR_MS = 2 * 60 * 60_000;
/** "Near" is this close to the next reminder. */
export const NEAR_WINDOW_MS = 2 * 60 * 60_000;
/** A reminder found this late was a timer firing late, not a missed one. */
export const LATE_TIMER_MS = 60_000;
/** A reminder missed while asleep is still given on wake up to this long after bedtime. */
export const CATCH_UP_AFTER_BEDTIME_MS = 2 * 60 * 60_000;

/** One reminder to give. */
export interface DueReminder {
  /** When it was due (epoch ms). */
  readonly atMs: number;
  /** The evening it belongs to, "YYYY-MM-DD" in the user's zone. */
  readonly evening: string;
  /** Given on waking, after the machine slept through it. */
  readonly isCatchUp: boolean;
}

/** What the service reads and does; the clock and the outside world are injected. */
export interface ReminderServiceDeps {
  readonly timers: Timers;
  /** Wall-clock time, epoch ms: reminders are at wall times. */
  readonly wallNow: () => number;
  readonly timeZone: () => string;
  readonly schedule: () => ReminderSchedule;
  readonly state: () => ReminderState;
  readonly remind: (reminder: DueReminder) => void;
}

/**
 * The bedtime reminder in main: one timer, armed for the next reminder or the next look at the
 * clock, whichever comes first, and nothing else waking the app. `recheck()` is also called on
 * resume, unlock, a settings change and a time-zone change. A reminder the machine slept through
 * is given once on waking while the evening lasts (up to two hours after bedtime); several missed
 * evenings never come as a burst, only the last, and only if it is still that evening.
 */
export class ReminderService {
  private timer: TimerHandle | null = null;
  private checkedUpToMs: number | null = null;
  /** Wake-ups so far, for the benchmark. */
  wakeUps = 0;

  constructor(private readonly deps: ReminderServiceDeps) {}

  /** Starts watching from now (nothing before now is given). */
  start(): void {
    this.checkedUpToMs = this.deps.wallNow();
    this.arm();
  }

  /** Stops the timer. */
  stop(): void {
    this.clearTimer();
    this.checkedUpToMs = null;
  }

  /** The next reminder (epoch ms) as things stand, or `null`. */
  nextAt(): number | null {
    return this.nextAfter(this.deps.wallNow());
  }

  /** Looks at the clock now: gives a reminder that fell due since the last look, then re-arms. */
  recheck(): void {
    if (this.checkedUpToMs === null) return;
    const now = this.deps.wallNow();
    const due = this.lastDueBetween(this.checkedUpToMs, now);
    // A clock set back: the next look starts from the new now, so nothing is given twice.
    this.checkedUpToMs = now;
    if (due !== null) this.give(due, now);
    this.arm();
  }

  private give(dueAtMs: number, now: number): void {
    const lateByMs = now - dueAtMs;
    const bedtimeMs = dueAtMs + this.deps.schedule().leadMinutes * 60_000;
    const isCatchUp = lateByMs > LATE_TIMER_MS;
    if (isCatchUp && now > bedtimeMs + CATCH_UP_AFTER_BEDTIME_MS) return; // that evening is over
    const evening = eveningOf(dueAtMs, this.deps.timeZone()).toString();
    this.deps.remind({ atMs: dueAtMs, evening, isCatchUp });
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
    const recheckMs =
      next !== null && next - now <= NEAR_WINDOW_MS ? RECHECK_NEAR_MS : RECHECK_FAR_MS;
    const delayMs = next === null ? recheckMs : Math.min(next - now, recheckMs);
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = null;
      this.wakeUps += 1;
      this.recheck();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
