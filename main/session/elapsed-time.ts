import { nextInstantMs, type ActiveSession } from './active-session';

/** A timer that fires this much later than asked means the process was frozen (sleep, debugger). */
export const FROZEN_THRESHOLD_MS = 5_000;

/** Active time by the monotonic clock at `monotonicNow`, before any freeze or clamp. */
export function rawElapsedMs(session: ActiveSession, monotonicNow: number): number {
  return session.anchorElapsedMs + (monotonicNow - session.anchorMonotonicMs);
}

/** Where the routine froze, if its next instant is overdue by more than the threshold. */
export function frozenAt(session: ActiveSession, elapsedMs: number): number | null {
  const next = nextInstantMs(session);
  return next !== null && elapsedMs - next > FROZEN_THRESHOLD_MS ? next : null;
}

/**
 * The routine's active time at `monotonicNow`: fixed while paused or over; while running, counted
 * only up to where a frozen process stopped, and never past the routine's end.
 */
export function elapsedMsAt(session: ActiveSession, monotonicNow: number): number {
  if (session.status !== 'running') return session.anchorElapsedMs;
  const elapsed = rawElapsedMs(session, monotonicNow);
  const counted = frozenAt(session, elapsed) ?? elapsed;
  return Math.min(Math.max(counted, session.anchorElapsedMs), session.timeline.totalMs);
}
