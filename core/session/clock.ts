/** A monotonic clock in milliseconds: never jumps when the wall clock is changed. */
export interface MonotonicClock {
  now(): number;
}

/** An opaque timer handle. */
export type TimerHandle = unknown;

/** One-shot timers. Injected, so tests drive time by hand. */
export interface Timers {
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Everything the session engine needs to know about time. */
export interface SessionClock extends MonotonicClock, Timers {
  /** Wall-clock time in epoch ms, only for stamping history. */
  wallNow(): number;
  /**
   * Waits, blocking, until the monotonic clock reaches `monotonicMs` (at most a few ms). Timers
   * wake a little early and finish the wait here, since a timer alone fires a millisecond or two late.
   */
  waitUntil(monotonicMs: number): void;
}
