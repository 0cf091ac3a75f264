import { RECOMMENDED_ROUTINE_ID } from './routine-ids';
import type { Routine } from './routine-schema';

/** Tonight's routine as it will run: the one chosen, or the recommended one standing in. */
export interface TonightRoutine {
  readonly routine: Routine | null;
  /** The chosen routine no longer exists (deleted, or lost with a restore): another stands in. */
  readonly isStandIn: boolean;
}

/**
 * Tonight's routine: the one the settings name if it exists, else the recommended routine (and
 * so said), so the tray, a reminder's Start and Tonight never point at nothing.
 */
export function tonightRoutineOf(
  tonightRoutineId: string,
  routines: readonly Routine[],
): TonightRoutine {
  const chosen = routines.find((routine) => routine.id === tonightRoutineId);
  if (chosen) return { routine: chosen, isStandIn: false };
  const standIn = routines.find((routine) => routine.id === RECOMMENDED_ROUTINE_ID) ?? null;
  return { routine: standIn, isStandIn: true };
}
