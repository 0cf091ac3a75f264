import { routineTextsEn } from '../i18n/routines-en';
import { BUILT_IN_ROUTINES, BUILT_IN_STEPS, type BuiltInStepId } from './built-in-steps';
import { RoutineSchema, StepSchema, type Routine, type Step } from './routine-schema';

/** A built-in step with its words from the catalog, checked against the schema. */
function builtInStep(id: BuiltInStepId): Step {
  return StepSchema.parse({ ...BUILT_IN_STEPS[id], ...routineTextsEn.steps[id] });
}

/** Every built-in step, each once: the library the editor adds steps from. */
export const builtInSteps: readonly Step[] = (Object.keys(BUILT_IN_STEPS) as BuiltInStepId[]).map(
  builtInStep,
);

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
