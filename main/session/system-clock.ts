import { performance } from 'node:perf_hooks';
import type { SessionClock } from '../../core/session/clock';

/** The real clock: `performance.now()` is monotonic, so changing the system time cannot skew a routine. */
export const systemClock: SessionClock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
