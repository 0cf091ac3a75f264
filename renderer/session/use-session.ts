import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import type { IpcResult } from '../../core/ipc/ipc-result';
import type { Routine } from '../../core/routines/routine-schema';
import type {
  CueEvent,
  FullSessionSnapshot,
  SessionSnapshot,
  StartSessionRequest,
} from '../../core/session/session-state';
import { snapshotShape } from '../../core/session/snapshot-shape';
import { t } from '../i18n';
import { createElapsedStore, type ElapsedStore } from './elapsed-store';
import { createValueStore, type ValueStore } from './value-store';

/** The controls the player offers; each resolves once main has answered. */
export interface SessionControls {
  start(request: StartSessionRequest): Promise<boolean>;
  pause(): Promise<boolean>;
  resume(): Promise<boolean>;
  skip(): Promise<boolean>;
  /** Leaves the rest of this step, the other leg's holds too. */
  nextStep(): Promise<boolean>;
  back(): Promise<boolean>;
  restart(): Promise<boolean>;
  stop(): Promise<boolean>;
}

/** The session as the renderer knows it: main's latest snapshot, its last sounding cue, and the controls. */
export interface SessionView {
  /** With its routine: main sends that once a session, and the window keeps it by its key. */
  readonly snapshot: FullSessionSnapshot;
  /**
   * Main's elapsed time, updated every second. `snapshot` itself changes only when something
   * else does (segment, status, timing anchor), so its own `elapsedMs` is the value at that change.
   */
  readonly elapsed: ElapsedStore;
  /** The last cue that had a sound (what is played and captioned), outside React state. */
  readonly soundCues: ValueStore<CueEvent | null>;
  /** A message for the user when main refused a control. */
  readonly error: string | null;
  readonly controls: SessionControls;
}

/**
 * Follows the session that main runs. On mount (also after a reload) it asks main for the state,
 * then listens to state and cue events; it never keeps time itself.
 */
export function useSession(bridge: BedtimeBridge | null): SessionView {
  const [snapshot, setSnapshotState] = useState<FullSessionSnapshot>({ status: 'idle' });
  const [elapsed] = useState(createElapsedStore);
  const shown = useRef(snapshot);
  // The session's routine, kept while main's snapshots name it by the same key.
  const held = useRef<{ readonly key: string; readonly routine: Routine } | null>(null);
  // Only a change of shape re-renders the player. The clock moves at once for the same shape;
  // for a new one, once the player shows it (below), so the countdown never shows the new time
  // against the old segment, or the other way round.
  const show = useCallback(
    (full: FullSessionSnapshot) => {
      if (snapshotShape(full) === snapshotShape(shown.current)) {
        elapsed.set(elapsedOf(full));
        return;
      }
      shown.current = full;
      setSnapshotState(full);
    },
    [elapsed],
  );
  const setSnapshot = useCallback(
    (next: SessionSnapshot) => {
      const full = withHeldRoutine(next, held);
      if (full) return show(full);
      // A routine this window was never given (its first snapshot went by unheard, as while the
      // page was loading): main's whole state has it.
      void bridge?.getSessionState().then((result) => {
        const whole = result.ok ? withHeldRoutine(result.value, held) : null;
        if (whole) show(whole);
      });
    },
    [show, bridge],
  );
  useLayoutEffect(() => elapsed.set(elapsedOf(snapshot)), [elapsed, snapshot]);
  const [soundCues] = useState(() => createValueStore<CueEvent | null>(null));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!bridge) return;
    let isCurrent = true;
    // An event newer than the initial answer wins over it.
    let hasHeardFromMain = false;
    const stopState = bridge.on('sessionState', (next) => {
      hasHeardFromMain = true;
      setSnapshot(next);
    });
    // Between changes main sends only the time: it moves the clock and nothing else.
    const stopTick = bridge.on('sessionTick', (tick) => elapsed.set(tick.elapsedMs));
    const stopCue = bridge.on('sessionCue', (cue) => {
      if (cue.sound) soundCues.set(cue);
    });
    void bridge.getSessionState().then((result) => {
      if (isCurrent && !hasHeardFromMain && result.ok) setSnapshot(result.value);
    });
    return () => {
      isCurrent = false;
      stopState();
      stopTick();
      stopCue();
    };
  }, [bridge, setSnapshot, elapsed, soundCues]);

  const run = useCallback(
    async (call: () => Promise<IpcResult<SessionSnapshot>>): Promise<boolean> => {
      const result = await call();
      if (result.ok) {
        setError(null);
        setSnapshot(result.value);
        return true;
      }
      setError(result.error.code === 'not-allowed-now' ? result.error.message : t('error.generic'));
      return false;
    },
    [setSnapshot],
  );

  const missing = useCallback(async () => {
    setError(t('error.bridgeMissing'));
    return false;
  }, []);

  // Stable across renders, so the player's memoised parts do not redraw every second.
  const controls = useMemo<SessionControls>(
    () =>
      bridge
        ? {
            start: (request) => run(() => bridge.startSession(request)),
            pause: () => run(() => bridge.pauseSession()),
            resume: () => run(() => bridge.resumeSession()),
            skip: () => run(() => bridge.skipStep()),
            nextStep: () => run(() => bridge.nextStep()),
            back: () => run(() => bridge.backStep()),
            restart: () => run(() => bridge.restartSession()),
            stop: () => run(() => bridge.stopSession()),
          }
        : {
            start: missing,
            pause: missing,
            resume: missing,
            skip: missing,
            nextStep: missing,
            back: missing,
            restart: missing,
            stop: missing,
          },
    [bridge, run, missing],
  );

  return { snapshot, elapsed, soundCues, error, controls };
}

/**
 * The snapshot with its routine: the one it carries (kept from then on), or the one kept for its
 * key; `null` when it names a routine this window does not have.
 */
function withHeldRoutine(
  next: SessionSnapshot,
  held: { current: { readonly key: string; readonly routine: Routine } | null },
): FullSessionSnapshot | null {
  if (next.status === 'idle') return next;
  if (next.routine) {
    // The same routine object is kept for the whole session, so what depends on it stays put.
    if (held.current?.key !== next.routineKey) {
      held.current = { key: next.routineKey, routine: next.routine };
    }
    return { ...next, routine: held.current.routine };
  }
  if (held.current?.key !== next.routineKey) return null;
  return { ...next, routine: held.current.routine };
}

function elapsedOf(snapshot: SessionSnapshot): number {
  return snapshot.status === 'idle' ? 0 : snapshot.elapsedMs;
}
