import type { ClotCaution } from '../../core/health/clot-caution';
import { builtInSteps } from '../../core/routines/built-in-routines';
import type { Routine, Step } from '../../core/routines/routine-schema';
import type { Settings } from '../../core/settings/settings-schema';
import { withoutRoutine } from '../../core/session/snapshot-shape';
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
    // A control keeps the session's routine, which the window already has: the answer leaves it
    // out. A start or restart is a new routine key, and asking for the state (a reloaded page)
    // means the window has nothing yet: those answers carry it.
    pauseSession: () => withoutRoutine(engine.pause('user')),
    resumeSession: () => withoutRoutine(engine.resume()),
    skipStep: () => withoutRoutine(engine.skip()),
    nextStep: () => withoutRoutine(engine.nextStep()),
    backStep: () => withoutRoutine(engine.back()),
    restartSession: () => engine.restart(),
    stopSession: () => withoutRoutine(engine.stop()),
    getSessionState: () => engine.snapshot(),
  };
}
