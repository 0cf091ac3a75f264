import type { ReducedFeeling } from '../settings/settings-schema';
import { hasHeatStep, withoutHeatSteps } from './heat-steps';
import type { Routine } from './routine-schema';

/** What may run when a routine is started, under the heat rule. */
export type HeatDecision =
  /** Run this routine (the original, or the original without its heat steps). */
  | { readonly kind: 'run'; readonly routine: Routine; readonly isHeatLeftOut: boolean }
  /** The reduced-feeling question must be answered before this routine's warmth. */
  | { readonly kind: 'ask-first' }
  /** Without its heat steps, nothing of the routine would be left. */
  | { readonly kind: 'nothing-left' };

/**
 * The heat rule, in one place for both processes: a routine with heat steps runs with them only
 * when the user has said their feeling is normal and did not ask to leave warmth out. With
 * reduced feeling, or when asked, it runs without them. While the question is unanswered, it
 * must be asked first, unless warmth is being left out anyway.
 */
export function decideHeat(
  routine: Routine,
  reducedFeeling: ReducedFeeling,
  skipHeat: boolean,
): HeatDecision {
  if (!hasHeatStep(routine)) return { kind: 'run', routine, isHeatLeftOut: false };
  if (reducedFeeling === 'unknown' && !skipHeat) return { kind: 'ask-first' };
  if (reducedFeeling === 'no' && !skipHeat) return { kind: 'run', routine, isHeatLeftOut: false };
  const withoutHeat = withoutHeatSteps(routine);
  return withoutHeat
    ? { kind: 'run', routine: withoutHeat, isHeatLeftOut: true }
    : { kind: 'nothing-left' };
}

/**
 * How a routine starts from one press (the window's Start, the tray, a reminder): with its
 * warmth decided by the rule, or `null` when the reduced-feeling question must be asked first.
 * "Cramp now" never waits on the question: it starts at once, without its warmth.
 */
export function oneClickStart(
  routine: Routine,
  reducedFeeling: ReducedFeeling,
  crampNowRoutineId: string,
): { readonly skipHeat: boolean } | null {
  if (decideHeat(routine, reducedFeeling, false).kind !== 'ask-first') return { skipHeat: false };
  return routine.id === crampNowRoutineId ? { skipHeat: true } : null;
}
