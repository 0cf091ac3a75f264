import { formatWindowMessage as formatMessage } from '../i18n/format-window-message';
import { freeId, idFromName } from './fresh-id';
import { MAX_WARMTH_SECONDS_PER_LEG, warmthTooLongField } from './heat-steps';
import type { Routine, Step } from './routine-schema';

/** The schema's limits, for the editor's inline checks (the schema in main has the last word). */
export const ROUTINE_LIMITS = {
  nameMax: 80,
  stepsMax: 40,
  repetitionsMax: 20,
  restMax: 600,
} as const;

/** A copy of a routine (a built-in one, say) under a new id and name, to be changed freely. */
export function copyRoutine(routine: Routine, takenIds: ReadonlySet<string>): Routine {
  const name = formatMessage('editor.copyName', { name: routine.name }).slice(0, 80);
  return { ...routine, id: freeId(idFromName(name), takenIds), name };
}

/** A step from the library, added to a routine under an id the routine does not use yet. */
export function addStep(routine: Routine, step: Step): Routine {
  const taken = new Set(routine.steps.map((existing) => existing.id));
  return { ...routine, steps: [...routine.steps, { ...step, id: freeId(step.id, taken) }] };
}

/** The steps with the one at `from` moved to `to`. */
export function moveStep(steps: readonly Step[], from: number, to: number): Step[] {
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}

/**
 * A step whose rest and repetitions were typed by the user, with its fitting bounds (where it has
 * any) stretched to take them, so a value is never refused for lying outside a range the user
 * cannot see. Done once, on saving, so keystrokes on the way do not stretch them.
 */
export function withBoundsTaking(step: Step): Step {
  const widen = (value: number, min: number | undefined, max: number | undefined) => ({
    min: min === undefined ? undefined : Math.min(min, value),
    max: max === undefined ? undefined : Math.max(max, value),
  });
  const rest = widen(step.restSeconds, step.minRestSeconds, step.maxRestSeconds);
  const reps = widen(step.repetitions, step.minRepetitions, step.maxRepetitions);
  const next: Step = { ...step };
  if (rest.min !== undefined) next.minRestSeconds = rest.min;
  if (rest.max !== undefined) next.maxRestSeconds = rest.max;
  if (reps.min !== undefined) next.minRepetitions = reps.min;
  if (reps.max !== undefined) next.maxRepetitions = reps.max;
  return next;
}

/** One thing wrong with a draft: where (a field of the routine or of a step) and what. */
export interface DraftProblem {
  readonly field: 'name' | 'steps' | 'holdSeconds' | 'repetitions' | 'restSeconds';
  /** The step it is about, for a step's field. */
  readonly stepId?: string;
  readonly message: string;
}

const isWhole = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/** What keeps a draft from being saved, in plain words, each beside its field. */
export function draftProblems(routine: Routine): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const name = routine.name.trim();
  if (!name) problems.push({ field: 'name', message: formatMessage('editor.problem.nameEmpty') });
  if (name.length > ROUTINE_LIMITS.nameMax) {
    problems.push({
      field: 'name',
      message: formatMessage('editor.problem.nameLong', { max: ROUTINE_LIMITS.nameMax }),
    });
  }
  if (routine.steps.length === 0) {
    problems.push({ field: 'steps', message: formatMessage('editor.problem.noSteps') });
  }
  for (const step of routine.steps) {
    if (!isWhole(step.holdSeconds, step.minHoldSeconds, step.maxHoldSeconds)) {
      problems.push({
        field: 'holdSeconds',
        stepId: step.id,
        message: formatMessage('editor.problem.hold', {
          min: step.minHoldSeconds,
          max: step.maxHoldSeconds,
        }),
      });
    }
    if (!isWhole(step.repetitions, 1, ROUTINE_LIMITS.repetitionsMax)) {
      problems.push({
        field: 'repetitions',
        stepId: step.id,
        message: formatMessage('editor.problem.repetitions', {
          max: ROUTINE_LIMITS.repetitionsMax,
        }),
      });
    }
    // Warmth as it would be saved (its bounds taking what was typed) keeps to its limit.
    if (warmthTooLongField(withBoundsTaking(step)) !== null) {
      problems.push({
        field: 'repetitions',
        stepId: step.id,
        message: formatMessage('editor.problem.warmthTooLong', {
          minutes: MAX_WARMTH_SECONDS_PER_LEG / 60,
        }),
      });
    }
    if (!isWhole(step.restSeconds, 0, ROUTINE_LIMITS.restMax)) {
      problems.push({
        field: 'restSeconds',
        stepId: step.id,
        message: formatMessage('editor.problem.rest', { max: ROUTINE_LIMITS.restMax }),
      });
    }
  }
  return problems;
}
