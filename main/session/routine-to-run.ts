import { formatMessage } from '../../core/i18n/format-message';
import { favourSide } from '../../core/routines/favour-side';
import { fitRoutine } from '../../core/routines/fit-routine';
import { underClotCaution, type ClotCaution } from '../../core/health/clot-caution';
import { decideHeat } from '../../core/routines/heat-rule';
import { routineWithinWarmthLimit } from '../../core/routines/heat-steps';
import type { Routine, Side } from '../../core/routines/routine-schema';
import type { RoutinePreview } from '../../core/routines/routine-preview';
import { RuleError } from '../../core/rule-error';
import type { Settings } from '../../core/settings/settings-schema';
import type { StartSessionRequest } from '../../core/session/session-state';
import { buildTimeline } from '../../core/session/timeline';

/** The leg a routine favours: its own choice if it has one, else the user's usual leg. */
export function favouredSide(routineId: string, settings: Settings): Side | null {
  const own = settings.routineFavour[routineId];
  if (own === 'none') return null;
  return own ?? settings.favourSide;
}

/**
 * A routine made to measure: with the favoured leg's extra time, fitted to `minutes` (as written
 * when `null`), the extra counted in the length. What was fitted is returned too, for the preview's words.
 */
function tailor(
  routine: Routine,
  minutes: number | null | undefined,
  side: Side | null,
): Omit<RoutinePreview, 'routine'> & { routine: Routine } {
  // The favoured leg first: fitting counts its extra time, so the length asked for holds.
  const favoured = favourSide(routine, side);
  const fitted = minutes ? fitRoutine(favoured, minutes * 60) : null;
  const tailored = fitted?.routine ?? favoured;
  return {
    routine: tailored,
    totalSeconds: buildTimeline(tailored).totalMs / 1000,
    shortestSeconds: fitted?.shortestSeconds ?? null,
    longestSeconds: fitted?.longestSeconds ?? null,
    summary: fitted?.summary ?? null,
  };
}

function find(routineId: string, routines: readonly Routine[]): Routine {
  const routine = routines.find((candidate) => candidate.id === routineId);
  if (!routine) throw new RuleError(formatMessage('session.error.unknownRoutine'));
  return routine;
}

/**
 * The routine the health rules allow, before the heat rule: without massage and warmth while the
 * clot caution is in force, and with any warmth held to its limit (a routine kept from before the
 * limit still runs, shorter). Refused with a message when the caution leaves nothing.
 */
function allowedRoutine(routine: Routine, caution: ClotCaution | null): Routine {
  const cautious = underClotCaution(routine, caution);
  if (!cautious) throw new RuleError(formatMessage('session.error.onlyClotCaution'));
  return routineWithinWarmthLimit(cautious);
}

/**
 * Chooses what actually runs for a start request: the clot caution and the warmth limit, the heat
 * rule (`core/routines/heat-rule`), then the length asked for and the favoured leg (whose extra
 * time never takes warmth past its limit). A request a rule refuses is answered with a message
 * for the user.
 */
export function routineToRun(
  request: StartSessionRequest,
  settings: Settings,
  routines: readonly Routine[],
  clotCaution: ClotCaution | null = null,
): Routine {
  const routine = allowedRoutine(find(request.routineId, routines), clotCaution);
  const decision = decideHeat(routine, settings.reducedFeeling, request.skipHeat);
  switch (decision.kind) {
    case 'run':
      return routineWithinWarmthLimit(
        tailor(decision.routine, request.minutes, favouredSide(routine.id, settings)).routine,
      );
    case 'ask-first':
      throw new RuleError(formatMessage('session.error.heatQuestionFirst'));
    case 'nothing-left':
      throw new RuleError(formatMessage('session.error.onlyHeat'));
  }
}

/**
 * What a routine will be at a length, for Tonight's live preview: as it would run now (the clot
 * caution and warmth as the user has answered; while unanswered, with warmth, as the question
 * comes before it starts).
 */
export function previewRoutine(
  request: { routineId: string; minutes: number | null },
  settings: Settings,
  routines: readonly Routine[],
  clotCaution: ClotCaution | null = null,
): RoutinePreview {
  const routine = allowedRoutine(find(request.routineId, routines), clotCaution);
  const answer = settings.reducedFeeling === 'unknown' ? 'no' : settings.reducedFeeling;
  const decision = decideHeat(routine, answer, false);
  if (decision.kind !== 'run') throw new RuleError(formatMessage('session.error.onlyHeat'));
  return tailor(decision.routine, request.minutes, favouredSide(routine.id, settings));
}
