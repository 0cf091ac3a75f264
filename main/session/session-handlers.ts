import { formatMessage } from '../../core/i18n/format-message';
import { builtInSteps } from '../../core/routines/built-in-routines';
import { decideHeat } from '../../core/routines/heat-rule';
import type { Routine } from '../../core/routines/routine-schema';
import { RuleError } from '../../core/rule-error';
import type { Settings } from '../../core/settings/settings-schema';
import type { StartSessionRequest } from '../../core/session/session-state';
import type { IpcHandlers } from '../ipc';
import type { SessionEngine } from './session-engine';

type SessionHandlers = Pick<
  IpcHandlers,
  | 'listRoutines'
  | 'listStepLibrary'
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
 * Chooses what actually runs for a start request, by the heat rule (`core/routines/heat-rule`);
 * a request the rule refuses is answered with a message for the user.
 */
export function routineToRun(
  request: StartSessionRequest,
  settings: Settings,
  routines: readonly Routine[],
): Routine {
  const routine = routines.find((candidate) => candidate.id === request.routineId);
  if (!routine) throw new RuleError(formatMessage('session.error.unknownRoutine'));
  const decision = decideHeat(routine, settings.reducedFeeling, request.skipHeat);
  switch (decision.kind) {
    case 'run':
      return decision.routine;
    case 'ask-first':
      throw new RuleError(formatMessage('session.error.heatQuestionFirst'));
    case 'nothing-left':
      throw new RuleError(formatMessage('session.error.onlyHeat'));
  }
}

/** The IPC handlers for routines and the session, over the engine. */
export function createSessionHandlers(
  engine: SessionEngine,
  settings: () => Settings,
  routines: () => readonly Routine[],
): SessionHandlers {
  return {
    listRoutines: () => [...routines()],
    listStepLibrary: () => [...builtInSteps],
    startSession: (request) => engine.start(routineToRun(request, settings(), routines())),
    pauseSession: () => engine.pause('user'),
    resumeSession: () => engine.resume(),
    skipStep: () => engine.skip(),
    backStep: () => engine.back(),
    restartSession: () => engine.restart(),
    stopSession: () => engine.stop(),
    getSessionState: () => engine.snapshot(),
  };
}
