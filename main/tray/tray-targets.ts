import { app, type BrowserWindow } from 'electron';
import { underClotCaution, type ClotCaution } from '../../core/health/clot-caution';
import { oneClickStart } from '../../core/routines/heat-rule';
import { CRAMP_NOW_ROUTINE_ID } from '../../core/routines/routine-ids';
import { tonightRoutineOf } from '../../core/routines/tonight-routine';
import type { Routine } from '../../core/routines/routine-schema';
import { revealOnScreen } from '../main-window';
import type { RoutineSession } from '../session/setup-session';
import type { SettingsStore } from '../settings/settings-store';
import type { TrayActionTargets } from './tray-actions';

/** What the tray's actions reach. */
export interface TrayTargetsSetup {
  readonly routineSession: RoutineSession;
  readonly routines: () => readonly Routine[];
  /** The clot caution in force now: a routine without its warmth then needs no heat question. */
  readonly clotCaution?: () => ClotCaution | null;
  readonly settings: SettingsStore;
  readonly window: BrowserWindow;
  readonly wallNow: () => number;
  readonly timeZone: () => string;
  readonly log: Pick<Console, 'warn' | 'error'>;
}

/**
 * The tray's actions, wired to the session, the settings and the window. A control that makes no
 * sense now (Pause with no routine) does nothing and is logged, as a stale menu can offer it.
 */
export function createTrayTargets(setup: TrayTargetsSetup): TrayActionTargets {
  const { routineSession, settings, window, log } = setup;
  const engine = routineSession.engine;
  const tryControl = (control: () => unknown) => {
    try {
      control();
    } catch (error) {
      log.warn(`The tray's control did nothing: ${(error as Error).message}`);
    }
  };
  /** Starts a routine by the heat rule; without an answer to the heat question, the window asks. */
  const start = (routineId: string, minutes: number | null) => {
    const found = setup.routines().find((candidate) => candidate.id === routineId);
    // While the caution is in force, the routine runs without warmth: no question to ask first.
    const routine = found && (underClotCaution(found, setup.clotCaution?.() ?? null) ?? found);
    const oneClick =
      routine && oneClickStart(routine, settings.get().reducedFeeling, CRAMP_NOW_ROUTINE_ID);
    if (!oneClick) return;
    tryControl(() =>
      routineSession.handlers.startSession({
        routineId,
        skipHeat: oneClick.skipHeat,
        ...(minutes ? { minutes } : {}),
      }),
    );
  };
  return {
    startRoutine: (routineId) => start(routineId, null),
    startTonight: () => {
      const { tonightRoutineId, tonightMinutes } = settings.get();
      // A chosen routine that no longer exists gives way to the recommended one.
      const { routine } = tonightRoutineOf(tonightRoutineId, setup.routines());
      if (routine) start(routine.id, tonightMinutes);
    },
    pause: () => tryControl(() => engine.pause('user')),
    resume: () => tryControl(() => engine.resume()),
    skip: () => tryControl(() => engine.skip()),
    stop: () => tryControl(() => engine.stop()),
    changeReminderState: (change) => {
      settings
        .updateWith((current) => ({
          reminderState: change(current.reminderState, current.reminderSchedule),
        }))
        .catch((error: unknown) => {
          log.error('Could not save the reminder change from the tray', error);
        });
    },
    open: (screen) => revealOnScreen(window, screen),
    quit: () => app.quit(),
    wallNow: setup.wallNow,
    timeZone: setup.timeZone,
  };
}
