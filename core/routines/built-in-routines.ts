import { routineTextsEn } from '../i18n/routines-en';
import { BUILT_IN_ROUTINES, BUILT_IN_STEPS, type BuiltInStepId } from './built-in-steps';
import { RoutineSchema, StepSchema, type Routine, type Step } from './routine-schema';

/** The built-in routines' words in one language (English: `routineTextsEn`). */
export type RoutineTexts = typeof routineTextsEn;

/** A built-in step with its words from the catalog, checked against the schema. */
function builtInStep(id: BuiltInStepId, texts: RoutineTexts): Step {
  return StepSchema.parse({ ...BUILT_IN_STEPS[id], ...texts.steps[id] });
}

/** Every built-in step, each once, in a language: the library the editor adds steps from. */
export function builtInStepsIn(texts: RoutineTexts): readonly Step[] {
  return (Object.keys(BUILT_IN_STEPS) as BuiltInStepId[]).map((id) => builtInStep(id, texts));
}

/** The routines that ship with the app, in a language: structure and words joined, checked. */
export function builtInRoutinesIn(texts: RoutineTexts): readonly Routine[] {
  return BUILT_IN_ROUTINES.map((routine) =>
    RoutineSchema.parse({
      id: routine.id,
      ...texts.routines[routine.id],
      steps: routine.stepIds.map((id) => builtInStep(id, texts)),
    }),
  );
}

/** Every built-in step in English. */
export const builtInSteps: readonly Step[] = builtInStepsIn(routineTextsEn);

/** The routines that ship with the app, in English. */
export const builtInRoutines: readonly Routine[] = builtInRoutinesIn(routineTextsEn);

/** Finds a built-in routine by id. */
export function findRoutine(id: string): Routine | undefined {
  return builtInRoutines.find((routine) => routine.id === id);
}
