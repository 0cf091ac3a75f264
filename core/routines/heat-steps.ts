import type { Routine } from './routine-schema';

/** Tells whether a routine has any heat step. */
export function hasHeatStep(routine: Routine): boolean {
  return routine.steps.some((step) => step.isHeat);
}

/** The same routine without its heat steps, or `null` if nothing would be left. */
export function withoutHeatSteps(routine: Routine): Routine | null {
  const steps = routine.steps.filter((step) => !step.isHeat);
  return steps.length > 0 ? { ...routine, steps } : null;
}
