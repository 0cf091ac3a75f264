import { routineFavourAfter, type RoutineFavourChoice } from '../../core/settings/routine-favour';
import { clotCautionAt } from '../../core/health/clot-caution';
import { vi } from 'vitest';
import type { BedtimeBridge } from '../../core/ipc/bridge';
import type { EventName, EventPayloadOf, InvokeMethod } from '../../core/ipc/contract';
import { ipcOk, type IpcResult } from '../../core/ipc/ipc-result';
import { windowMessagesEn } from '../../core/i18n/messages-en';
import type { DiaryEntry } from '../../core/journal/diary-entry';
import type { DiaryDraft, DiaryView } from '../../core/journal/diary-view';
import { builtInRoutines, builtInSteps } from '../../core/routines/built-in-routines';
import { fitRoutine } from '../../core/routines/fit-routine';
import type { Routine } from '../../core/routines/routine-schema';
import { replayDiary } from '../../core/journal/diary-log';
import { buildDoctorReport } from '../../core/report/build-report';
import { hasPatient } from '../../core/report/report-rules';
import { buildTimeline } from '../../core/session/timeline';
import { DEFAULT_SETTINGS } from '../../core/settings/settings-defaults';
import { mergeSettings } from '../../core/settings/merge-settings';
import { withHeatGate } from '../../core/health/heat-risk';
import {
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../core/settings/settings-schema';
import type { SessionSnapshot } from '../../core/session/session-state';
import { noTrialView } from '../fixtures/trial-views';

type Listener = (payload: never) => void;

/** The night a cramp belongs to, as main works it out: its local date, the day before until noon. */
export function nightOf(startedAtMs: number): string {
  const day = new Date(startedAtMs);
  if (day.getHours() < 12) day.setDate(day.getDate() - 1);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
}

/**
 * An in-memory bridge for renderer tests: every method is a spy with a sensible reply (idle
 * session, the built-in routines, default settings, a diary kept in memory), which a test can
 * override; `emit` plays main, and session controls answer with the last state emitted. `initial`
 * starts the diary with entries or a morning question.
 */
export function createFakeBridge(
  overrides: Partial<Record<InvokeMethod, (payload?: unknown) => unknown>> = {},
  initial: { diary?: Partial<DiaryView> } = {},
) {
  const listeners = new Map<EventName, Set<Listener>>();
  let settings: Settings = DEFAULT_SETTINGS;
  /** The session as main last sent it; controls answer with it unless a test overrides them. */
  let current: SessionSnapshot = { status: 'idle' };
  const lastState = async (): Promise<IpcResult<SessionSnapshot>> => ipcOk(current);
  /** Each session's routine, as main keeps it: asked for the state, it answers with it. */
  const routines = new Map<string, Routine>();
  const wholeState = async (): Promise<IpcResult<SessionSnapshot>> => {
    if (current.status === 'idle' || current.routine) return ipcOk(current);
    const routine = routines.get(current.routineKey);
    return ipcOk(routine ? { ...current, routine } : current);
  };
  /** The diary: entries in force and deleted ones (for Undo), and the morning question. */
  const entries = new Map<string, DiaryEntry>(
    (initial.diary?.entries ?? []).map((entry) => [entry.id, entry]),
  );
  const deleted = new Map<string, DiaryEntry>();
  let checkIn = initial.diary?.checkIn ?? null;
  /** When the user last said a doctor checked the leg (main dates it by its own clock). */
  let legCheckedAtMs: number | null = null;
  let lastId = 0;
  /** The next `cramp-N` no entry has, as main gives a new entry its id. */
  const freshId = () => {
    while (entries.has(`cramp-${++lastId}`) || deleted.has(`cramp-${lastId}`));
    return `cramp-${lastId}`;
  };
  const diaryView = async (): Promise<IpcResult<DiaryView>> =>
    ipcOk({
      entries: [...entries.values()].sort((a, b) => b.startedAtMs - a.startedAtMs),
      checkIn,
      clotCaution: clotCautionAt(entries.values(), legCheckedAtMs, Date.now()),
    });
  /** Moves an entry from one map to the other (delete, and Undo). */
  const move = (from: Map<string, DiaryEntry>, to: Map<string, DiaryEntry>, id: string) => {
    const entry = from.get(id);
    if (entry) to.set(id, entry);
    from.delete(id);
    return diaryView();
  };
  /** A change main makes on its own (own routines): saved, then announced as main does. */
  const changeSettings = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    for (const listener of listeners.get('settingsChanged') ?? [])
      (listener as (p: Settings) => void)(settings);
  };
  const defaults: Record<InvokeMethod, (payload?: unknown) => Promise<unknown>> = {
    getAppInfo: async () => ipcOk({ name: 'Bedtime Stretch', version: '9.9.9', isPackaged: false }),
    getWindowMessages: async () => ipcOk(windowMessagesEn),
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
    nextStep: lastState,
    backStep: lastState,
    restartSession: lastState,
    stopSession: lastState,
    getSessionState: wholeState,
    getSettings: async () => ipcOk(settings),
    updateSettings: async (patch) => {
      // Main's heat gate applies here too: ticking a numbing condition leaves warmth out.
      settings = SettingsSchema.parse(
        mergeSettings(settings, withHeatGate(settings, patch as SettingsPatch)),
      );
      return ipcOk(settings);
    },
    getSettingsStorage: async () => ipcOk('saved'),
    getJournalsStorage: async () => ipcOk({ history: 'saved', diary: 'saved' }),
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
    getDiary: diaryView,
    getJournalSummary: async () => ipcOk({ nights: [], weeks: [], seeDoctor: 'no' }),
    getTrial: async () => ipcOk(noTrialView),
    actOnTrial: async () => ipcOk(noTrialView),
    saveDiaryEntry: async (request) => {
      const draft = request as DiaryDraft;
      const id = draft.id ?? freshId();
      entries.set(id, { ...draft, id, night: nightOf(draft.startedAtMs) });
      return diaryView();
    },
    deleteDiaryEntry: async (request) => move(entries, deleted, (request as { id: string }).id),
    restoreDiaryEntry: async (request) => move(deleted, entries, (request as { id: string }).id),
    answerMorning: async () => {
      checkIn = null;
      return diaryView();
    },
    setTonightRoutine: async (request) => {
      changeSettings({ tonightRoutineId: (request as { routineId: string }).routineId });
      return ipcOk(settings);
    },
    setRoutineFavour: async (request) => {
      const { routineId, favour } = request as { routineId: string; favour: RoutineFavourChoice };
      changeSettings({
        routineFavour: routineFavourAfter(settings.routineFavour, routineId, favour),
      });
      return ipcOk(settings);
    },
    getTimeZone: async () => ipcOk(Intl.DateTimeFormat().resolvedOptions().timeZone),
    confirmLegChecked: async () => {
      legCheckedAtMs = Date.now();
      return diaryView();
    },
    exportJournal: async () => ipcOk({ kind: 'cancelled' }),
    // An empty diary's report, as main would work it out now, headed by the name kept.
    getDoctorReport: async () =>
      ipcOk({
        ...buildDoctorReport({
          history: [],
          diary: replayDiary([]),
          timeZone: 'UTC',
          nowMs: Date.now(),
        }),
        patient: hasPatient(settings.reportPatient) ? settings.reportPatient : null,
      }),
    saveDoctorReport: async () => ipcOk({ kind: 'cancelled' }),
    listBackups: async () => ipcOk([]),
    backUpNow: async () =>
      ipcOk({
        made: { id: '2026-11-24', sessions: 0, diaryEntries: 0 },
        folder: '/home/me/.config/Bedtime Stretch/backups',
      }),
    restoreBackup: async () => ipcOk(null),
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
      if (event === 'sessionState') {
        current = payload as SessionSnapshot;
        if (current.status !== 'idle' && current.routine)
          routines.set(current.routineKey, current.routine);
      }
      for (const listener of listeners.get(event) ?? [])
        (listener as (p: EventPayloadOf<E>) => void)(payload);
    },
    listenerCount: (event: EventName) => listeners.get(event)?.size ?? 0,
  };
}
