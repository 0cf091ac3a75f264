import { holdSegments, stepStartsMs, type Timeline } from './timeline';

/** In a hold's first this-much of active time, Back goes to the hold before. */
export const BACK_GRACE_MS = 3_000;
/**
 * Where one Skip goes: to the start of the lead-in (rest, switch legs, next step) of the next hold
 * not yet begun, so a tired user has time to move before its bell; to that hold itself when its
 * lead-in is already running; to the end when no hold is left.
 */
export function nextHoldTargetMs(timeline: Timeline, elapsedMs: number): number {
  const next = holdSegments(timeline).find((hold) => hold.startMs > elapsedMs);
  if (!next) return timeline.totalMs;
  const leadIn = timeline.segments[next.index - 1];
  const hasLeadInAhead =
    leadIn !== undefined && leadIn.kind !== 'hold' && leadIn.startMs > elapsedMs;
  return hasLeadInAhead ? leadIn.startMs : next.startMs;
}

/** Where "Next stretch" goes: the next step's start, or the end on the last step. */
export function nextStepTargetMs(timeline: Timeline, elapsedMs: number): number {
  return stepStartsMs(timeline).find((start) => start > elapsedMs) ?? timeline.totalMs;
}

/**
 * Where Back goes: the start of the hold in progress; in its first `BACK_GRACE_MS`, the start of
 * the hold before (so repeated presses walk back hold by hold); from between holds (rest, switch,
 * next step), the start of the hold just before. Before the first hold, the very beginning.
 */
export function backTargetMs(timeline: Timeline, elapsedMs: number): number {
  const holds = holdSegments(timeline);
  const index = holds.findLastIndex((hold) => hold.startMs <= elapsedMs);
  const hold = holds[index];
  if (!hold) return 0;
  const isInHold = elapsedMs < hold.startMs + hold.durationMs;
  if (!isInHold || elapsedMs - hold.startMs >= BACK_GRACE_MS) return hold.startMs;
  return holds[index - 1]?.startMs ?? 0;
}
