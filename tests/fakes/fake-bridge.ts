import { vi } from 'vitest';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import type { EventName, EventPayloadOf, InvokeMethod } from '../../core/ipc/contract';
import { ipcOk, type IpcResult } from '../../core/ipc/ipc-result';
import { builtInRoutines, builtInSteps } from '../../core/routines/built-in-routines';
import { fitRoutine } from '../../core/routines/fit-routine';
import { buildTimeline } from '../../core/session/timeline';
import { DEFAULT_SETTINGS } from '../../core/settings/settings-defaults';
import { mergeSettings } from '../../core/settings/merge-settings';
import {
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../core/settings/settings-schema';
import type { SessionSnapshot } from '../../core/session/session-state';

type Listener = (payload: never) => void;

/**
 * An in-memory bridge for renderer tests: every method is a spy with a sensible reply (idle
 * session, the built-in routines, default settings), which a test can override; `emit` plays main,
 * and session controls answer with the last state emitted.
 */
export function createFakeBridge(
  overrides: Partial<Record<InvokeMethod, (payload?: unknown) => unknown>> = {},
) {
  const listeners = new Map<EventName, Set<Listener>>();
  let settings: Settings = DEFAULT_SETTINGS;
  /** The session as main last sent it; controls answer with it unless a test overrides them. */
  let current: SessionSnapshot = { status: 'idle' };
  const lastState = async (): Promise<IpcResult<SessionSnapshot>> => ipcOk(current);
  /** A change main makes on its own (own routines): saved, then announced as main does. */
  const changeSettings = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    for (const listener of listeners.get('settingsChanged') ?? [])
      (listener as (p: Settings) => void)(settings);
  };
  const defaults: Record<InvokeMethod, (payload?: unknown) => Promise<unknown>> = {
    getAppInfo: async () => ipcOk({ name: 'Bedtime Stretch', version: '9.9.9', isPackaged: false }),
    listStepLibrary: async () => ipcOk(builtInSteps),
    previewRoutine: async (request) => {
      const { routineId, minutes } = request as { routineId: string; minutes: number | null };
      const routine = [...builtInRoutines, ...settings.ownRoutines].find(
        (r) => r.id === routineId,
      )!;
      const fitted = minutes ? fitRoutine(routine, minutes * 60) : null;
      const shown = fitted?.routine ?? routine;
      return ipcOk({
        routine: shown,
        totalSeconds: buildTimeline(shown).totalMs / 1000,
        shortestSeconds: fitted?.shortestSeconds ?? null,
        longestSeconds: fitted?.longestSeconds ?? null,
        summary: fitted?.summary ?? null,
      });
    },
    listRoutines: async () => ipcOk([...builtInRoutines, ...settings.ownRoutines]),
    startSession: lastState,
    pauseSession: lastState,
    resumeSession: lastState,
    skipStep: lastState,
    backStep: lastState,
    restartSession: lastState,
    stopSession: lastState,
    getSessionState: lastState,
    getSettings: async () => ipcOk(settings),
    updateSettings: async (patch) => {
      settings = SettingsSchema.parse(mergeSettings(settings, patch as SettingsPatch));
      return ipcOk(settings);
    },
    getSettingsStorage: async () => ipcOk('saved'),
    getNextReminder: async () =>
      ipcOk({ atMs: null, arePaused: false, isTonightQuiet: false, canSnooze: false }),
    sendTestReminder: async () => ipcOk(null),
    getShownReminder: async () => ipcOk(null),
    answerReminder: async () => ipcOk(null),
    saveOwnRoutine: async (routine) => {
      const saved = routine as Settings['ownRoutines'][number];
      const own = settings.ownRoutines;
      const index = own.findIndex((r) => r.id === saved.id);
      changeSettings({
        ownRoutines:
          index === -1 ? [...own, saved] : own.map((r, at) => (at === index ? saved : r)),
      });
      return ipcOk(settings.ownRoutines);
    },
    importRoutines: async () => ipcOk({ kind: 'cancelled' }),
    getRecentNights: async () => ipcOk({ lastNight: null, isTonightDone: false, nightsInARow: 0 }),
    exportRoutines: async () => ipcOk({ kind: 'cancelled' }),
    deleteOwnRoutine: async (request) => {
      const { routineId } = request as { routineId: string };
      changeSettings({ ownRoutines: settings.ownRoutines.filter((r) => r.id !== routineId) });
      return ipcOk(settings.ownRoutines);
    },
    actOnReminders: async () =>
      ipcOk({ atMs: null, arePaused: false, isTonightQuiet: false, canSnooze: false }),
  };
  const spies = Object.fromEntries(
    (Object.keys(defaults) as InvokeMethod[]).map((method) => {
      const override = overrides[method];
      return [
        method,
        vi.fn(override ? async (payload?: unknown) => override(payload) : defaults[method]),
      ];
    }),
  ) as Record<InvokeMethod, ReturnType<typeof vi.fn>>;
  const bridge = {
    ...spies,
    on: (event: EventName, listener: Listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => void set.delete(listener);
    },
  } as unknown as BedtimeBridge;
  return {
    bridge,
    spies,
    /** Test hook: main sends an event. */
    emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void {
      if (event === 'sessionState') current = payload as SessionSnapshot;
      for (const listener of listeners.get(event) ?? [])
        (listener as (p: EventPayloadOf<E>) => void)(payload);
    },
    listenerCount: (event: EventName) => listeners.get(event)?.size ?? 0,
  };
}
