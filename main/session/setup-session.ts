import type { BrowserWindow } from 'electron';
import type { ClotCaution } from '../../core/health/clot-caution';
import type { Routine, Step } from '../../core/routines/routine-schema';
import type { SessionClock } from '../../core/session/clock';
import type {
  PauseReason,
  SessionHistoryEntry,
  SessionSnapshot,
  SessionTick,
} from '../../core/session/session-state';
import type { Settings } from '../../core/settings/settings-schema';
import type { TimelineOptions } from '../../core/session/timeline';
import { sendEvent } from '../ipc';
import { createDisplayKeepAwake } from '../power/display-keep-awake';
import { pauseOnSleep } from '../power/pause-on-sleep';
import type { SessionHistory } from './journal-history';
import { SessionEngine } from './session-engine';
import { createSessionHandlers } from './session-handlers';

/** What the routine session needs from the rest of the app. */
export interface SessionSetup {
  readonly window: BrowserWindow;
  readonly clock: SessionClock;
  readonly settings: () => Settings;
  /** The routines on offer now (built-in and the user's own). */
  readonly routines: () => readonly Routine[];
  /** The built-in steps the editor offers, in the app's language. */
  readonly stepLibrary?: readonly Step[];
  /** The clot caution in force now (massage and warmth left out), from the diary. */
  readonly clotCaution?: () => ClotCaution | null;
  /** Where finished, stopped and restarted sessions are kept. */
  readonly history: SessionHistory;
  readonly timelineOptions?: TimelineOptions;
  readonly log: Pick<Console, 'error'>;
  /** Told of every session recorded (a finished routine means no reminder tonight). */
  readonly onRecorded?: (entry: SessionHistoryEntry) => void;
  /** Told of every state sent to the window (the tray follows it). */
  readonly onState?: (snapshot: SessionSnapshot) => void;
  /** Told of every tick (the tray's tooltip shows the time left). */
  readonly onTick?: (tick: SessionTick) => void;
}

/** The routine session as the rest of main uses it. */
export interface RoutineSession {
  readonly engine: SessionEngine;
  readonly history: SessionHistory;
  readonly handlers: ReturnType<typeof createSessionHandlers>;
  /** Pauses the routine if one is running (sleep, lock, a closed window, a lost page). */
  pauseIfRunning(reason: PauseReason): void;
}

/**
 * The routine session in main: the engine that owns the routine's clock, its history, its IPC
 * handlers, pausing on sleep and lock, and showing a reloaded page where the routine stands.
 */
export function setupSession(setup: SessionSetup): RoutineSession {
  const { window } = setup;
  const { history } = setup;
  const engine = new SessionEngine(
    setup.clock,
    {
      snapshot: (snapshot) => {
        sendEvent(window.webContents, 'sessionState', snapshot);
        setup.onState?.(snapshot);
      },
      tick: (tick) => {
        sendEvent(window.webContents, 'sessionTick', tick);
        setup.onTick?.(tick);
      },
      cue: (cue) => sendEvent(window.webContents, 'sessionCue', cue),
    },
    {
      record: (entry) => {
        history.record(entry);
        setup.onRecorded?.(entry);
      },
    },
    createDisplayKeepAwake(),
    setup.timelineOptions,
    setup.log,
  );
  // A reloaded (or recovered) page picks up the routine where main has it.
  window.webContents.on('did-finish-load', () =>
    sendEvent(window.webContents, 'sessionState', engine.snapshot()),
  );
  const pauseIfRunning = (reason: PauseReason) => {
    if (engine.snapshot().status === 'running') engine.pause(reason);
  };
  pauseOnSleep(pauseIfRunning, () => setup.settings().pauseOnScreenLock);
  const handlers = createSessionHandlers(
    engine,
    setup.settings,
    setup.routines,
    setup.stepLibrary,
    setup.clotCaution,
  );
  return { engine, history, handlers, pauseIfRunning };
}
