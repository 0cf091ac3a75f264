import { isHeatStep } from './heat-kind';
import type { Routine, Step } from './routine-schema';

export { isHeatStep } from './heat-kind';

/** Tells whether a routine has any heat step. */
export function hasHeatStep(routine: Routine): boolean {
  return routine.steps.some(isHeatStep);
}

/** The same routine without its heat steps, or `null` if nothing would be left. */
export function withoutHeatSteps(routine: Routine): Routine | null {
  const steps = routine.steps.filter((step) => !isHeatStep(step));
  return steps.length > 0 ? { ...routine, steps } : null;
}

/** Warmth on one leg lasts at most this long (hold × repetitions): about 20 minutes at a time. */
export const MAX_WARMTH_SECONDS_PER_LEG = 20 * 60;

type WarmthTiming = Pick<
  Step,
  'kind' | 'holdSeconds' | 'maxHoldSeconds' | 'repetitions' | 'maxRepetitions'
>;

/**
 * The field that lets a warmth step run longer than `MAX_WARMTH_SECONDS_PER_LEG` on one leg, or
 * `null` when it keeps within it. As written (hold × repetitions) first; then as fitting could
 * stretch it (the longest hold × the most repetitions), since a routine fitted to more minutes
 * may take both to their bounds.
 */
export function warmthTooLongField(
  step: WarmthTiming,
): 'holdSeconds' | 'maxHoldSeconds' | 'maxRepetitions' | null {
  if (!isHeatStep(step)) return null;
  if (step.holdSeconds * step.repetitions > MAX_WARMTH_SECONDS_PER_LEG) return 'holdSeconds';
  const mostRepetitions = Math.max(step.repetitions, step.maxRepetitions ?? step.repetitions);
  if (step.maxHoldSeconds * mostRepetitions <= MAX_WARMTH_SECONDS_PER_LEG) return null;
  return step.maxHoldSeconds * step.repetitions > MAX_WARMTH_SECONDS_PER_LEG
    ? 'maxHoldSeconds'
    : 'maxRepetitions';
}

/**
 * A step held to the warmth limit, whatever it was made as (a file imported, or a copy edited,
 * before the limit existed): its bounds, repetitions, then hold are brought within it, and a
 * favoured leg's extra time is given up where it would go past it. It still runs, only shorter.
 * Any other step, or one within the limit, is returned as it is.
 */
export function withinWarmthLimit<S extends Step>(step: S): S {
  if (!isHeatStep(step)) return step;
  const capped = warmthTooLongField(step) === null ? step : withBoundsCapped(step);
  const { favour } = capped;
  if (!favour) return capped;
  const favouredSeconds =
    (capped.holdSeconds + favour.extraHoldSeconds) * (capped.repetitions + favour.extraRepetitions);
  if (favouredSeconds <= MAX_WARMTH_SECONDS_PER_LEG) return capped;
  return { ...capped, favour: { ...favour, extraHoldSeconds: 0, extraRepetitions: 0 } };
}

function withBoundsCapped<S extends Step>(step: S): S {
  const maxHoldSeconds = Math.min(step.maxHoldSeconds, MAX_WARMTH_SECONDS_PER_LEG);
  const holdSeconds = Math.min(step.holdSeconds, maxHoldSeconds);
  const minHoldSeconds = Math.min(step.minHoldSeconds, holdSeconds);
  const mostRepetitions = Math.max(1, Math.floor(MAX_WARMTH_SECONDS_PER_LEG / maxHoldSeconds));
  const repetitions = Math.min(step.repetitions, mostRepetitions);
  const capped: S = { ...step, holdSeconds, minHoldSeconds, maxHoldSeconds, repetitions };
  if (step.minRepetitions !== undefined)
    capped.minRepetitions = Math.min(step.minRepetitions, repetitions);
  if (step.maxRepetitions !== undefined)
    capped.maxRepetitions = Math.min(step.maxRepetitions, mostRepetitions);
  if (step.favour) {
    capped.favour = {
      ...step.favour,
      extraHoldSeconds: Math.min(step.favour.extraHoldSeconds, maxHoldSeconds - holdSeconds),
      extraRepetitions: Math.min(step.favour.extraRepetitions, mostRepetitions - repetitions),
    };
  }
  return capped;
}

/** A routine with every warmth step held to the limit (see `withinWarmthLimit`). */
export function routineWithinWarmthLimit(routine: Routine): Routine {
  const steps = routine.steps.map(withinWarmthLimit);
  return steps.every((step, index) => step === routine.steps[index])
    ? routine
    : { ...routine, steps };
}
