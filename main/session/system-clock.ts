import { performance } from 'node:perf_hooks';
import type { SessionClock } from '../../core/session/clock';

/** The real clock: `performance.now()` is monotonic, so changing the system time cannot skew a routine. */
export const systemClock: SessionClock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  waitUntil: (monotonicMs) => {
    // A short spin: the engine only asks for the last couple of milliseconds before a cue.
    while (performance.now() < monotonicMs) {
      /* wait */
    }
  },
};
