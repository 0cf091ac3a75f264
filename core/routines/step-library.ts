import { routineTextsEn } from '../i18n/routines-en';
import { BUILT_IN_STEPS, type BuiltInStepId } from './built-in-steps';
import type { Step } from './routine-schema';

/**
 * A built-in step with its words, as a plain object with the schema's defaults filled in (no
 * schema library here, so the renderer can use it; `built-in-routines.ts` checks every step
 * against the schema, and a test checks the two agree).
 */
export function builtInStep(id: BuiltInStepId): Step {
  return {
    whichLeg: 'both',
    isOptional: false,
    isHeat: false,
    ...BUILT_IN_STEPS[id],
    ...routineTextsEn.steps[id],
  };
}

/** Every built-in step, each once: the library the editor adds steps from. */
export const stepLibrary: readonly Step[] = (Object.keys(BUILT_IN_STEPS) as BuiltInStepId[]).map(
  builtInStep,
);
