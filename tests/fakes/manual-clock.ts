import type { SessionClock, TimerHandle } from '../../core/session/clock';

interface PendingTimer {
  readonly id: number;
  readonly dueAt: number;
  readonly callback: () => void;
}

/**
 * Fake timers with an injected clock: time moves only when a test says so. Timers fire in due
 * order, each at its exact due time (plus an optional lateness, to imitate a busy event loop).
 */
export class ManualClock implements SessionClock {
  private monotonicMs = 1_000;
  private wallMs = Date.UTC(2026, 10, 25, 21, 30);
  private nextId = 1;
  private timers: PendingTimer[] = [];
  /** Added to every timer's firing time, to test lateness. */
  latenessMs = 0;

  now(): number {
    return this.monotonicMs;
  }
  wallNow(): number {
    return this.wallMs;
  }
  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const timer = { id: this.nextId++, dueAt: this.monotonicMs + Math.max(0, delayMs), callback };
    this.timers.push(timer);
    return timer.id;
  }
  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }
  /** Blocking waits are instant here: the clock simply moves on to the instant. */
  waitUntil(monotonicMs: number): void {
    if (monotonicMs > this.monotonicMs) {
      this.wallMs += monotonicMs - this.monotonicMs;
      this.monotonicMs = monotonicMs;
    }
  }
  /** How many timers are waiting. */
  pendingCount(): number {
    return this.timers.length;
  }
  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.monotonicMs + ms;
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
      if (!next || next.dueAt + this.latenessMs > end) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      const firesAt = Math.max(next.dueAt + this.latenessMs, this.monotonicMs);
      this.wallMs += firesAt - this.monotonicMs;
      this.monotonicMs = firesAt;
      next.callback();
    }
    this.wallMs += end - this.monotonicMs;
    this.monotonicMs = end;
  }
  /** The process is frozen for `ms` (no timer runs), as in a sleep the OS did not announce. */
  freeze(ms: number): void {
    this.monotonicMs += ms;
    this.wallMs += ms;
  }
  /** The user changes the wall clock; monotonic time does not move. */
  jumpWallClock(ms: number): void {
    this.wallMs += ms;
  }
}
