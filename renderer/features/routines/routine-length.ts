import type { Routine } from '../../../core/routines/routine-schema';
import { buildTimeline } from '../../../core/session/timeline';
import { minutesOf } from '../player/player-text';

/** A routine's length in whole minutes at the default pace. */
export function routineMinutes(routine: Routine): number {
  return minutesOf(buildTimeline(routine).totalMs);
}
