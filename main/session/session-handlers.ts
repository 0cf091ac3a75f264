import type { ClotCaution } from '../../core/health/clot-caution';
import { builtInSteps } from '../../core/routines/built-in-routines';
import type { Routine, Step } from '../../core/routines/routine-schema';
import type { Settings } from '../../core/settings/settings-schema';
import type { IpcHandlers } from '../ipc';
import { previewRoutine, routineToRun } from './routine-to-run';
import type { SessionEngine } from './session-engine';

type SessionHandlers = Pick<
  IpcHandlers,
  | 'listRoutines'
  | 'listStepLibrary'
  | 'previewRoutine'
  | 'startSession'
  | 'pauseSession'
  | 'resumeSession'
  | 'skipStep'
  | 'nextStep'
  | 'backStep'
  | 'restartSession'
  | 'stopSession'
  | 'getSessionState'
>;

/** The IPC handlers for routines and the session, over the engine. */
export function createSessionHandlers(
  engine: SessionEngine,
  settings: () => Settings,
  routines: () => readonly Routine[],
  stepLibrary: readonly Step[] = builtInSteps,
  clotCaution: () => ClotCaution | null = () => null,
): SessionHandlers {
  return {
    listRoutines: () => [...routines()],
    listStepLibrary: () => [...stepLibrary],
    previewRoutine: (request) => previewRoutine(request, settings(), routines(), clotCaution()),
    startSession: (request) =>
      engine.start(routineToRun(request, settings(), routines(), clotCaution())),
    pauseSession: () => engine.pause('user'),
    resumeSession: () => engine.resume(),
    skipStep: () => engine.skip(),
    nextStep: () => engine.nextStep(),
    backStep: () => engine.back(),
    restartSession: () => engine.restart(),
    stopSession: () => engine.stop(),
    getSessionState: () => engine.snapshot(),
  };
}
