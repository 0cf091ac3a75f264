import {
  DEFAULT_TIMELINE_OPTIONS,
  sideOrder,
  sideWork,
  type TimelineOptions,
} from '../session/timeline';
import type { Favour, Side, Step } from './routine-schema';

/** Holds from this long up are whole multiples of `HOLD_ROUNDING_SECONDS`; shorter ones whole seconds. */
export const ROUND_HOLDS_FROM_SECONDS = 20;
export const HOLD_ROUNDING_SECONDS = 5;
/** A favoured leg gets about a third more hold time. */
export const FAVOUR_HOLD_FACTOR = 4 / 3;

/** A hold rounded by the rule: whole seconds below 20 s, whole multiples of 5 s from 20 s. */
export function roundHold(seconds: number): number {
  const whole = Math.round(seconds);
  if (whole < ROUND_HOLDS_FROM_SECONDS) return whole;
  return Math.round(seconds / HOLD_ROUNDING_SECONDS) * HOLD_ROUNDING_SECONDS;
}

/**
 * The holds a fitted step may have, shortest first: every value between the bounds that follows
 * the rounding rule. When the bounds admit no such value (say 21–24 s), the bounds themselves.
 */
export function allowedHolds(minSeconds: number, maxSeconds: number): readonly number[] {
  const holds: number[] = [];
  for (
    let hold = minSeconds;
    hold <= Math.min(maxSeconds, ROUND_HOLDS_FROM_SECONDS - 1);
    hold += 1
  ) {
    holds.push(hold);
  }
  const firstRound = Math.max(
    ROUND_HOLDS_FROM_SECONDS,
    Math.ceil(minSeconds / HOLD_ROUNDING_SECONDS) * HOLD_ROUNDING_SECONDS,
  );
  for (let hold = firstRound; hold <= maxSeconds; hold += HOLD_ROUNDING_SECONDS) holds.push(hold);
  return holds.length > 0 ? holds : [...new Set([minSeconds, maxSeconds])];
}

/** The rests a step may have when fitted: its bounds, or its own rest when it has none. */
export function restRange(step: Step): readonly [number, number] {
  return [step.minRestSeconds ?? step.restSeconds, step.maxRestSeconds ?? step.restSeconds];
}

/** The repetitions a step may have when fitted: from its base count up to its maximum. */
export function repetitionRange(step: Step): readonly [number, number] {
  return [step.minRepetitions ?? step.repetitions, step.maxRepetitions ?? step.repetitions];
}

/**
 * The extra time a favoured leg gets on a step worked one side at a time: about a third more hold
 * (the nearest allowed hold to a third more, at least the next allowed one, never above
 * `maxHoldSeconds`). A hold already at its longest gets one more repetition instead, if
 * `maxRepetitions` allows it (with no `maxRepetitions`, once). With no room for either, both
 * extras are 0 and only the side is kept.
 */
export function favourFor(
  step: Step,
  side: Side,
  holds: readonly number[] = allowedHolds(step.minHoldSeconds, step.maxHoldSeconds),
): Favour {
  const next = holds[firstAbove(holds, step.holdSeconds)];
  if (next !== undefined && next <= step.maxHoldSeconds) {
    const wanted = Math.min(roundHold(step.holdSeconds * FAVOUR_HOLD_FACTOR), step.maxHoldSeconds);
    const hold = Math.max(next, holds[firstAbove(holds, wanted) - 1] ?? next);
    return { side, extraHoldSeconds: hold - step.holdSeconds, extraRepetitions: 0 };
  }
  const most = Math.min(20, step.maxRepetitions ?? step.repetitions + 1);
  return { side, extraHoldSeconds: 0, extraRepetitions: step.repetitions < most ? 1 : 0 };
}

/** The index of the first of some ascending values above `value` (their length if none is). */
function firstAbove(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Seconds of a step's holds and rests, both legs and any favour included (as `buildTimeline`). */
export function stepWorkSeconds(step: Step): number {
  let seconds = 0;
  for (const side of sideOrder(step.sides)) {
    const { holdSeconds, repetitions } = sideWork(step, side);
    seconds += repetitions * holdSeconds + (repetitions - 1) * step.restSeconds;
  }
  return seconds;
}

/** Seconds of a routine made of these steps, as `buildTimeline` would unfold it. */
export function routineSeconds(
  steps: readonly Step[],
  options: TimelineOptions = DEFAULT_TIMELINE_OPTIONS,
): number {
  return steps.reduce(
    (sum, step, index) =>
      sum +
      (index === 0 ? options.getReadySeconds : options.nextSeconds) +
      (step.sides === 'none' ? 0 : options.switchSidesSeconds) +
      stepWorkSeconds(step),
    0,
  );
}
