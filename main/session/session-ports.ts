import type {
  CueEvent,
  SessionHistoryEntry,
  SessionSnapshot,
  SessionTick,
} from '../../core/session/session-state';

/** Where finished, stopped and restarted sessions go (the journal stores them). */
export interface SessionHistorySink {
  record(entry: SessionHistoryEntry): void;
}

/** Keeps the display awake while a routine runs. */
export interface DisplayKeepAwake {
  start(): void;
  stop(): void;
}

/** What the engine tells the outside world. */
export interface SessionOutputs {
  /** The state, on every change; with its routine only when the window does not have it yet. */
  snapshot(snapshot: SessionSnapshot): void;
  /** Only the time, on a whole second when nothing else changed. */
  tick(tick: SessionTick): void;
  cue(event: CueEvent): void;
}

/** Where the engine reports a failure it carries on from. */
export interface SessionLog {
  error(message: string, cause: unknown): void;
}

/** The default log: the console (main's output goes to the terminal). */
export const consoleLog: SessionLog = {
  error: (message, cause) => console.error(message, cause),
};

/** The engine's side effects, none of which can throw. */
export interface GuardedPorts {
  snapshot(snapshot: SessionSnapshot): void;
  tick(tick: SessionTick): void;
  cue(event: CueEvent): void;
  record(entry: SessionHistoryEntry): void;
  keepAwake(): void;
  letSleep(): void;
}

/**
 * Wraps every side effect of the engine so that it never throws: a failure is logged and
 * swallowed. The engine's timing must not depend on its listeners, or one bad outgoing message
 * (a snapshot the IPC schema refuses, say) would leave a routine "running" with no timer armed
 * and the display kept awake.
 */
export function guardPorts(
  outputs: SessionOutputs,
  history: SessionHistorySink,
  keepAwake: DisplayKeepAwake,
  log: SessionLog,
): GuardedPorts {
  return {
    snapshot: guarded(log, 'send the session state', (s: SessionSnapshot) => outputs.snapshot(s)),
    tick: guarded(log, 'send the time', (t: SessionTick) => outputs.tick(t)),
    cue: guarded(log, 'send a cue', (event: CueEvent) => outputs.cue(event)),
    record: guarded(log, 'record the session', (e: SessionHistoryEntry) => history.record(e)),
    keepAwake: guarded(log, 'keep the display awake', () => keepAwake.start()),
    letSleep: guarded(log, 'let the display sleep', () => keepAwake.stop()),
  };
}

function guarded<Args extends unknown[]>(
  log: SessionLog,
  what: string,
  effect: (...args: Args) => void,
): (...args: Args) => void {
  return (...args) => {
    try {
      effect(...args);
    } catch (cause) {
      try {
        log.error(`Session engine: could not ${what}; carrying on.`, cause);
      } catch {
        // A log that throws too is ignored: the routine matters more than the report.
      }
    }
  };
}
