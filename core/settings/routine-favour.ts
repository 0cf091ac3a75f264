import type { Settings } from './settings-schema';

/** A routine's own choice of leg, or 'usual' to follow the setting for every routine. */
export type RoutineFavourChoice = 'left' | 'right' | 'none' | 'usual';

/** The routines' own choices of leg with one routine's changed ('usual' removes its own). */
export function routineFavourAfter(
  current: Settings['routineFavour'],
  routineId: string,
  favour: RoutineFavourChoice,
): Settings['routineFavour'] {
  const others = Object.fromEntries(Object.entries(current).filter(([id]) => id !== routineId));
  return favour === 'usual' ? others : { ...others, [routineId]: favour };
}
