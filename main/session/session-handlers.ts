import { formatMessage } from '../../core/i18n/format-message';
import { hasHeatStep, withoutHeatSteps } from '../../core/routines/heat-steps';
import type { Routine } from '../../core/routines/routine-schema';
import { RuleError } from '../../core/rule-error';
import type { Settings } from '../../core/settings/settings-schema';
import type { StartSessionRequest } from '../../core/session/session-state';
import type { IpcHandlers } from '../ipc';
import type { SessionEngine } from './session-engine';

type SessionHandlers = Pick<
  IpcHandlers,
  | 'listRoutines'
  | 'startSession'
  | 'pauseSession'
  | 'resumeSession'
  | 'skipStep'
  | 'backStep'
  | 'restartSession'
  | 'stopSession'
  | 'getSessionState'
>;

/**
 * Chooses what actually runs for a start request, applying the heat rule: a routine with heat
 * steps starts only once the user has answered the reduced-feeling question, and without its
 * heat steps when the answer is yes or the user asked for that.
 */
export function routineToRun(
  request: StartSessionRequest,
  settings: Settings,
  routines: readonly Routine[],
): Routine {
  const routine = routines.find((candidate) => candidate.id === request.routineId);
  if (!routine) throw new RuleError(formatMessage('session.error.unknownRoutine'));
  if (!hasHeatStep(routine)) return routine;
  if (settings.reducedFeeling === 'unknown' && !request.skipHeat) {
    throw new RuleError(formatMessage('session.error.heatQuestionFirst'));
  }
  if (settings.reducedFeeling === 'no' && !request.skipHeat) return routine;
  const withoutHeat = withoutHeatSteps(routine);
  if (!withoutHeat) throw new RuleError(formatMessage('session.error.onlyHeat'));
  return withoutHeat;
}

/** The IPC handlers for routines and the session, over the engine. */
export function createSessionHandlers(
  engine: SessionEngine,
  settings: () => Settings,
  routines: readonly Routine[],
): SessionHandlers {
  return {
    listRoutines: () => [...routines],
    startSession: (request) => engine.start(routineToRun(request, settings(), routines)),
    pauseSession: () => engine.pause('user'),
    resumeSession: () => engine.resume(),
    skipStep: () => engine.skip(),
    backStep: () => engine.back(),
    restartSession: () => engine.restart(),
    stopSession: () => engine.stop(),
    getSessionState: () => engine.snapshot(),
  };
}
