import type { Routine, Side, Step } from './routine-schema';
import { favourFor } from './step-timing';

/**
 * "Extra time on my left leg": every step worked one side at a time gives that leg about a third
 * more hold (rounded like any hold, never above the step's `maxHoldSeconds`), or, when the hold is
 * already at its longest, one more repetition (within `maxRepetitions`; with none, once). The
 * other leg, and steps for both legs at once, are unchanged. `null` takes any favour away.
 *
 * The extra is worked out from the step's own hold, which stays as it is, so favouring twice is
 * the same as favouring once, and favouring the other leg replaces the first favour.
 */
export function favourSide(routine: Routine, side: Side | null): Routine {
  return { ...routine, steps: routine.steps.map((step) => favourStep(step, side)) };
}

function favourStep(step: Step, side: Side | null): Step {
  const plain: Step = { ...step };
  delete plain.favour;
  if (side === null || step.sides === 'none') return plain;
  return { ...plain, favour: favourFor(plain, side) };
}
