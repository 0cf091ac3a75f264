import { buildTimeline } from '../session/timeline';
import { describeFit } from './fit-summary';
import type { Routine, Step } from './routine-schema';
import {
  allowedHolds,
  favourFor,
  repetitionRange,
  restRange,
  routineSeconds,
  stepWorkSeconds,
} from './step-timing';

/** A routine fitted to a length, with what that length can be and what was changed. */
export interface FittedRoutine {
  readonly routine: Routine;
  /** Its length on the default timeline: `buildTimeline(routine).totalMs / 1000`. */
  readonly totalSeconds: number;
  /** The shortest with every step: holds and rests at their minimum, base repetitions. */
  readonly shortestSeconds: number;
  /** The longest with base repetitions: holds and rests at their maximum. */
  readonly longestSeconds: number;
  /** What changed, in calm words from the message catalog. */
  readonly summary: string;
}

/**
 * Fits a routine to about `targetSeconds`, changing only what its bounds allow. Holds follow the
 * rounding rule (whole seconds below 20 s, multiples of 5 s from 20 s; bounds that admit no such
 * hold, say 21–24 s, give their own two values) and both legs get the same (a favoured leg keeps
 * its favour, worked out again for the new holds and counted in the length).
 *
 * - Between the shortest and the longest, holds and rests are scaled together within their
 *   bounds: the length is the nearest one reachable, within 5 s when a single step of a hold (or
 *   a second of rest) moves the total by at most 10 s. (As a longer target may never shorten a
 *   hold, the total moves in such steps: 3 repetitions on both legs going from 20 s to 25 s move
 *   it by 30 s, and a target between is met within 15 s.)
 * - Below the shortest, everything is at its minimum and optional steps are left out, the last
 *   optional step first, then the one before it, and so on, for as long as leaving the next one
 *   out does not take the routine below the target. Required steps always stay.
 * - Above the longest, everything is at its maximum and repeatable steps get one more repetition
 *   each in turn (in routine order, round after round) while the routine stays within the target.
 *
 * A target that is not a positive number (0, negative, NaN) asks for the shortest the routine can
 * be, optional steps left out; `Infinity` asks for the longest, every repetition added.
 *
 * The result depends only on the steps' bounds and structure, never on their current holds, and
 * the fitted steps carry the bounds it used: fitting it again to the same target changes nothing.
 * A longer target never gives a step a shorter hold or rest, or fewer repetitions.
 */
export function fitRoutine(routine: Routine, targetSeconds: number): FittedRoutine {
  const target = targetSeconds > 0 ? targetSeconds : 0;
  const knobs = routine.steps.map(knobsOf);
  const shortestSeconds = routineSeconds(knobs.map((knob) => shape(knob, lowest(knob))));
  const longestSeconds = routineSeconds(knobs.map((knob) => shape(knob, highest(knob))));
  let steps: Step[];
  if (target < shortestSeconds) {
    steps = keptFor(knobs, target).map((knob) => shape(knob, lowest(knob)));
  } else if (target <= longestSeconds) {
    steps = scaledTo(knobs, target);
  } else {
    steps = repeatedTo(knobs, target);
  }
  const fitted: Routine = { ...routine, steps };
  const totalSeconds = buildTimeline(fitted).totalMs / 1000;
  const summary = describeFit({
    original: routine,
    fitted,
    target,
    totalSeconds,
    shortestSeconds,
    longestSeconds,
  });
  return { routine: fitted, totalSeconds, shortestSeconds, longestSeconds, summary };
}

/** What fitting may do with one step. */
interface Knobs {
  readonly step: Step;
  readonly holds: readonly number[];
  readonly minRest: number;
  readonly maxRest: number;
  readonly minReps: number;
  readonly maxReps: number;
}

/** One setting of a step's knobs: an index into its holds, a rest, a repetition count. */
interface Setting {
  hold: number;
  rest: number;
  reps: number;
}

function knobsOf(step: Step): Knobs {
  const [minRest, maxRest] = restRange(step);
  const [minReps, maxReps] = repetitionRange(step);
  const holds = allowedHolds(step.minHoldSeconds, step.maxHoldSeconds);
  return { step, holds, minRest, maxRest, minReps, maxReps };
}

/** Everything at its minimum. A rest only counts between repetitions, so it moves only then. */
function lowest(knob: Knobs): Setting {
  return { hold: 0, rest: knob.minRest, reps: knob.minReps };
}

/** Everything at its maximum, base repetitions. */
function highest(knob: Knobs): Setting {
  const rest = knob.minReps > 1 ? knob.maxRest : knob.minRest;
  return { hold: knob.holds.length - 1, rest, reps: knob.minReps };
}

/** The step at a setting, with the bounds it was fitted within written out. */
function shape(knob: Knobs, setting: Setting): Step {
  const shaped: Step = {
    ...knob.step,
    holdSeconds: knob.holds[setting.hold]!,
    restSeconds: setting.rest,
    repetitions: setting.reps,
  };
  if (knob.minRest < knob.maxRest) {
    shaped.minRestSeconds = knob.minRest;
    shaped.maxRestSeconds = knob.maxRest;
  }
  if (knob.minReps < knob.maxReps) {
    shaped.minRepetitions = knob.minReps;
    shaped.maxRepetitions = knob.maxReps;
  }
  if (knob.step.favour) shaped.favour = favourFor(shaped, knob.step.favour.side, knob.holds);
  return shaped;
}

/**
 * The steps kept below the shortest: optional steps are left out from the last backwards while
 * the routine is longer than the target and leaving the next one out keeps it at least as long.
 * (Stopping there, rather than going below the target, is what makes a second fit change nothing.)
 */
function keptFor(knobs: readonly Knobs[], target: number): readonly Knobs[] {
  let kept = knobs;
  const secondsOf = (list: readonly Knobs[]) =>
    routineSeconds(list.map((knob) => shape(knob, lowest(knob))));
  for (const knob of [...knobs].reverse()) {
    if (!knob.step.isOptional) continue;
    const without = kept.filter((other) => other !== knob);
    if (without.length === 0 || secondsOf(kept) <= target || secondsOf(without) < target) break;
    kept = without;
  }
  return kept;
}

/** One move up the scale: a step's hold to its next allowed value, or its rest up a second. */
interface Nudge {
  readonly index: number;
  readonly kind: 0 | 1;
  readonly from: number;
  /** Where on the way from its minimum to its maximum the move falls, as num / den. */
  readonly num: number;
  readonly den: number;
}

/**
 * Every move from the lowest to the highest setting, in the order that keeps all steps at about
 * the same fraction of their range (ties: routine order, holds before rests).
 */
function nudges(knobs: readonly Knobs[]): readonly Nudge[] {
  const list: Nudge[] = [];
  knobs.forEach((knob, index) => {
    const { holds } = knob;
    const low = holds[0]!;
    const span = holds[holds.length - 1]! - low;
    for (let from = 0; from + 1 < holds.length; from += 1) {
      const num = holds[from]! + holds[from + 1]! - 2 * low;
      list.push({ index, kind: 0, from, num, den: 2 * span });
    }
    if (knob.minReps < 2) return;
    for (let from = knob.minRest; from < knob.maxRest; from += 1) {
      const num = 2 * (from - knob.minRest) + 1;
      list.push({ index, kind: 1, from, num, den: 2 * (knob.maxRest - knob.minRest) });
    }
  });
  return list.sort(
    (a, b) =>
      a.num * b.den - b.num * a.den || a.index - b.index || a.kind - b.kind || a.from - b.from,
  );
}

/**
 * Holds and rests scaled between their bounds: walking the moves from the lowest setting, the
 * routine stops at the length nearest the target (on a tie, the shorter).
 */
function scaledTo(knobs: readonly Knobs[], target: number): Step[] {
  const settings = knobs.map(lowest);
  const steps = knobs.map((knob, index) => shape(knob, settings[index]!));
  let total = routineSeconds(steps);
  for (const nudge of nudges(knobs)) {
    const knob = knobs[nudge.index]!;
    const setting = { ...settings[nudge.index]! };
    if (nudge.kind === 0) setting.hold += 1;
    else setting.rest += 1;
    const step = shape(knob, setting);
    const next = total + stepWorkSeconds(step) - stepWorkSeconds(steps[nudge.index]!);
    if (next > target && next - target >= target - total) break;
    settings[nudge.index] = setting;
    steps[nudge.index] = step;
    total = next;
    if (total >= target) break;
  }
  return steps;
}

/**
 * Above the longest: everything at its maximum, then one more repetition for each repeatable step
 * in turn, round after round, for as long as the routine stays within the target.
 */
function repeatedTo(knobs: readonly Knobs[], target: number): Step[] {
  const settings = knobs.map(highest);
  const steps = knobs.map((knob, index) => shape(knob, settings[index]!));
  let total = routineSeconds(steps);
  const rounds = Math.max(0, ...knobs.map((knob) => knob.maxReps - knob.minReps));
  for (let round = 1; round <= rounds; round += 1) {
    for (const [index, knob] of knobs.entries()) {
      if (knob.minReps + round > knob.maxReps) continue;
      const setting = { ...settings[index]!, reps: knob.minReps + round, rest: knob.maxRest };
      const step = shape(knob, setting);
      const next = total + stepWorkSeconds(step) - stepWorkSeconds(steps[index]!);
      if (next > target) return steps;
      settings[index] = setting;
      steps[index] = step;
      total = next;
    }
  }
  return steps;
}
