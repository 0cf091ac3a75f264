import { routineTextsEn } from '../i18n/routines-en';
import { BUILT_IN_ROUTINES } from './built-in-steps';
import { RoutineSchema, StepSchema, type Routine, type Step } from './routine-schema';
import { builtInStep, stepLibrary } from './step-library';

/** Every built-in step, each once, checked against the schema: the editor's library. */
export const builtInSteps: readonly Step[] = stepLibrary.map((step) => StepSchema.parse(step));

/** The routines that ship with the app: structure and words joined, checked once at load. */
export const builtInRoutines: readonly Routine[] = BUILT_IN_ROUTINES.map((routine) =>
  RoutineSchema.parse({
    id: routine.id,
    ...routineTextsEn.routines[routine.id],
    steps: routine.stepIds.map(builtInStep),
  }),
);

/** Finds a built-in routine by id. */
export function findRoutine(id: string): Routine | undefined {
  return builtInRoutines.find((routine) => routine.id === id);
}
