import { builtInRoutinesEn } from '../i18n/routines-en';
import { RoutineSchema, type Routine } from './routine-schema';

/** The routines that ship with the app, checked against the schema once at load. */
export const builtInRoutines: readonly Routine[] = builtInRoutinesEn.map((routine) =>
  RoutineSchema.parse(routine),
);

/** Finds a built-in routine by id. */
export function findRoutine(id: string): Routine | undefined {
  return builtInRoutines.find((routine) => routine.id === id);
}
