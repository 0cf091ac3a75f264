import { formatMessage } from '../../core/i18n/format-message';
import { MAX_WARMTH_SECONDS_PER_LEG, warmthTooLongField } from '../../core/routines/heat-steps';
import { RECOMMENDED_ROUTINE_ID } from '../../core/routines/routine-ids';
import { MAX_OWN_ROUTINES } from '../../core/routines/routine-limits';
import type { Routine } from '../../core/routines/routine-schema';
import { RuleError } from '../../core/rule-error';
import { routineFavourAfter } from '../../core/settings/routine-favour';
import type { IpcHandlers } from '../ipc';
import type { SettingsStore } from '../settings/settings-store';

type OwnRoutineHandlers = Pick<
  IpcHandlers,
  'saveOwnRoutine' | 'deleteOwnRoutine' | 'setTonightRoutine' | 'setRoutineFavour'
>;

/**
 * The user's own routines, kept by main in the settings store (atomic, durable, one change after
 * another): save one (new or changed) and delete one. Built-in routines stay read-only: a routine
 * with a built-in's id is refused (the editor duplicates a built-in under a new id first). Which
 * routine is tonight's, and a routine's own favoured leg, change here too, each built on the
 * settings in force (two changes at once both hold) and only for a routine that exists.
 */
export function createOwnRoutineHandlers(
  settings: SettingsStore,
  builtInIds: () => ReadonlySet<string>,
): OwnRoutineHandlers {
  return {
    saveOwnRoutine: async (routine) => {
      if (builtInIds().has(routine.id)) {
        throw new RuleError(formatMessage('routines.error.builtInReadOnly'));
      }
      if (routine.steps.some((step) => warmthTooLongField(step) !== null)) {
        const minutes = MAX_WARMTH_SECONDS_PER_LEG / 60;
        throw new RuleError(formatMessage('routines.error.warmthTooLong', { minutes }));
      }
      const next = await settings.updateWith((current) => {
        const isNew = !current.ownRoutines.some((own) => own.id === routine.id);
        if (isNew && current.ownRoutines.length >= MAX_OWN_ROUTINES) {
          throw new RuleError(formatMessage('routines.error.tooMany', { max: MAX_OWN_ROUTINES }));
        }
        return { ownRoutines: upsert(current.ownRoutines, routine) };
      });
      return next.ownRoutines;
    },
    setTonightRoutine: ({ routineId }) =>
      settings.updateWith((current) => {
        requireRoutine(routineId, current.ownRoutines, builtInIds());
        return { tonightRoutineId: routineId };
      }),
    setRoutineFavour: ({ routineId, favour }) =>
      settings.updateWith((current) => {
        requireRoutine(routineId, current.ownRoutines, builtInIds());
        return { routineFavour: routineFavourAfter(current.routineFavour, routineId, favour) };
      }),
    deleteOwnRoutine: async ({ routineId }) => {
      const next = await settings.updateWith((current) => ({
        ownRoutines: current.ownRoutines.filter((routine) => routine.id !== routineId),
        // Tonight falls back to the recommended routine rather than to nothing.
        ...(current.tonightRoutineId === routineId
          ? { tonightRoutineId: RECOMMENDED_ROUTINE_ID }
          : {}),
      }));
      return next.ownRoutines;
    },
  };
}

/** Refuses a routine id that names neither a built-in routine nor one of the user's own. */
function requireRoutine(
  routineId: string,
  own: readonly Routine[],
  builtInIds: ReadonlySet<string>,
): void {
  if (builtInIds.has(routineId) || own.some((routine) => routine.id === routineId)) return;
  throw new RuleError(formatMessage('session.error.unknownRoutine'));
}

/** The list with `routine` in place of the one with its id, or added at the end. */
function upsert(routines: readonly Routine[], routine: Routine): Routine[] {
  const index = routines.findIndex((candidate) => candidate.id === routine.id);
  if (index === -1) return [...routines, routine];
  return routines.map((candidate, at) => (at === index ? routine : candidate));
}
