import { z } from 'zod';
import { AppInfoSchema } from './app-info';
import {
  NextReminderSchema,
  ReminderActionSchema,
  ReminderAnswerSchema,
  ShownReminderSchema,
} from '../reminders/reminder-schedule';
import { RecentNightsSchema } from '../journal/recent-nights';
import { JournalSummarySchema } from '../journal/journal-summary';
import {
  DiaryDraftSchema,
  DiaryViewSchema,
  JournalExportOutcomeSchema,
  MorningAnswerRequestSchema,
} from '../journal/diary-view';
import { DoctorReportSchema, ReportSaveOutcomeSchema } from '../report/doctor-report';
import { BackupMadeSchema, BackupSummarySchema } from '../store/backup-summary';
import { JournalsStorageSchema } from '../store/journal-storage';
import { WindowCatalogSchema } from '../i18n/window-catalog';
import { TrialActionSchema } from '../trial/trial-action';
import { TrialViewSchema } from '../trial/trial-view';
import { ExportOutcomeSchema, ImportOutcomeSchema } from '../routines/routine-transfer';
import { FitMinutesSchema, RoutinePreviewSchema } from '../routines/routine-preview';
import { RoutineSchema, StepSchema } from '../routines/routine-schema';
import {
  RoutineFavourChoiceSchema,
  WindowSettingsPatchSchema,
  SettingsSchema,
  SettingsStorageSchema,
} from '../settings/settings-schema';
import {
  CueEventSchema,
  SessionSnapshotSchema,
  SessionTickSchema,
  StartSessionRequestSchema,
} from '../session/session-state';

/**
 * The one contract between the main process and the renderer.
 *
 * No other file names a channel. Each invoke entry is a request/response pair (the reply is wrapped
 * in an `IpcResult`); each event entry is a one-way message from main to the renderer. Main parses
 * every request with `request`, the preload parses every reply and event before the UI sees it.
 */

/** The request schema of a method that takes no payload. */
export const NoPayloadSchema = z.undefined();

/** Request/response channels, keyed by the bridge method that calls them. */
const sessionControl = (channel: string) =>
  ({ channel, request: NoPayloadSchema, response: SessionSnapshotSchema }) as const;

export const invokeContract = {
  getAppInfo: { channel: 'app:get-info', request: NoPayloadSchema, response: AppInfoSchema },
  /** The window's words, in the user's language, asked for once before the first screen. */
  getWindowMessages: {
    channel: 'app:get-window-messages',
    request: NoPayloadSchema,
    response: WindowCatalogSchema,
  },
  /**
   * The time zone main works in (read afresh from the system): the window shows and reads every
   * time in it, as Chromium keeps the zone it started with.
   */
  getTimeZone: {
    channel: 'app:get-time-zone',
    request: NoPayloadSchema,
    response: z.string().min(1).max(100),
  },
  listRoutines: {
    channel: 'routines:list',
    request: NoPayloadSchema,
    response: z.array(RoutineSchema),
  },
  /** Every built-in step, each once: the editor's library (its words stay out of the page). */
  listStepLibrary: {
    channel: 'routines:list-step-library',
    request: NoPayloadSchema,
    response: z.array(StepSchema),
  },
  /** A routine as it would run at a length (fitted, favoured leg, warmth as answered). */
  previewRoutine: {
    channel: 'routines:preview',
    request: z.object({ routineId: z.string().min(1).max(64), minutes: FitMinutesSchema }),
    response: RoutinePreviewSchema,
  },
  startSession: {
    channel: 'session:start',
    request: StartSessionRequestSchema,
    response: SessionSnapshotSchema,
  },
  pauseSession: sessionControl('session:pause'),
  resumeSession: sessionControl('session:resume'),
  skipStep: sessionControl('session:skip'),
  nextStep: sessionControl('session:next-step'),
  backStep: sessionControl('session:back'),
  restartSession: sessionControl('session:restart'),
  stopSession: sessionControl('session:stop'),
  getSessionState: sessionControl('session:get-state'),
  getSettings: { channel: 'settings:get', request: NoPayloadSchema, response: SettingsSchema },
  updateSettings: {
    channel: 'settings:update',
    request: WindowSettingsPatchSchema,
    response: SettingsSchema,
  },
  /** When the next bedtime reminder is, for Tonight. */
  getNextReminder: {
    channel: 'reminders:get-next',
    request: NoPayloadSchema,
    response: NextReminderSchema,
  },
  /** Snooze, skip tonight, pause or resume reminders; answers with the next reminder. */
  actOnReminders: {
    channel: 'reminders:act',
    request: ReminderActionSchema,
    response: NextReminderSchema,
  },
  /** Gives a reminder now, as the evening's would come, so the user can see and hear one. */
  sendTestReminder: {
    channel: 'reminders:test',
    request: NoPayloadSchema,
    response: z.null(),
  },
  /** The reminder the reminder window is showing (`null` once it has been answered). */
  getShownReminder: {
    channel: 'reminders:get-shown',
    request: NoPayloadSchema,
    response: ShownReminderSchema.nullable(),
  },
  /** The user's answer to a reminder: start, snooze, skip tonight, open or just close it. */
  answerReminder: {
    channel: 'reminders:answer',
    request: ReminderAnswerSchema,
    response: z.null(),
  },
  /** Saves one of the user's own routines (new or changed); answers with all of them. */
  saveOwnRoutine: {
    channel: 'routines:save-own',
    request: RoutineSchema,
    response: z.array(RoutineSchema),
  },
  /** Makes a routine (built-in or own, and existing) tonight's; answers with the settings. */
  setTonightRoutine: {
    channel: 'routines:set-tonight',
    request: z.object({ routineId: z.string().min(1).max(64) }),
    response: SettingsSchema,
  },
  /** Gives one routine its own favoured leg (or back to the usual); answers with the settings. */
  setRoutineFavour: {
    channel: 'routines:set-favour',
    request: RoutineFavourChoiceSchema,
    response: SettingsSchema,
  },
  /** Deletes one of the user's own routines; answers with the ones left. */
  deleteOwnRoutine: {
    channel: 'routines:delete-own',
    request: z.object({ routineId: z.string().min(1).max(64) }),
    response: z.array(RoutineSchema),
  },
  /** Imports routines from a file the user picks in the system's open dialog. */
  importRoutines: {
    channel: 'routines:import',
    request: NoPayloadSchema,
    response: ImportOutcomeSchema,
  },
  /** Exports routines to a file the user picks in the system's save dialog. */
  exportRoutines: {
    channel: 'routines:export',
    request: z.object({ routineIds: z.array(z.string().min(1).max(64)).min(1).max(50) }),
    response: ExportOutcomeSchema,
  },
  /** Last night and the nights in a row with a routine, for Tonight. */
  getRecentNights: {
    channel: 'history:recent-nights',
    request: NoPayloadSchema,
    response: RecentNightsSchema,
  },
  /** Whether changes are saved to disk or, when the file could not be read, kept in memory only. */
  getSettingsStorage: {
    channel: 'settings:get-storage',
    request: NoPayloadSchema,
    response: SettingsStorageSchema,
  },
  /** The Journal's last 12 weeks: nights, weeks, and whether the diary suggests a doctor. */
  getJournalSummary: {
    channel: 'journal:summary',
    request: NoPayloadSchema,
    response: JournalSummarySchema,
  },
  /** The cramp diary, and the morning question if it is time to ask it. */
  getDiary: { channel: 'diary:get', request: NoPayloadSchema, response: DiaryViewSchema },
  /** Saves a new entry (no id) or an edit (its id); resolves once it is on disk. */
  saveDiaryEntry: { channel: 'diary:save', request: DiaryDraftSchema, response: DiaryViewSchema },
  deleteDiaryEntry: {
    channel: 'diary:delete',
    request: z.object({ id: z.string().min(1).max(64) }),
    response: DiaryViewSchema,
  },
  /** Undo of a delete: the entry as it was last saved. */
  restoreDiaryEntry: {
    channel: 'diary:restore',
    request: z.object({ id: z.string().min(1).max(64) }),
    response: DiaryViewSchema,
  },
  /** The user says a doctor has checked the leg: massage and warmth come back (clot caution). */
  confirmLegChecked: {
    channel: 'diary:confirm-leg-checked',
    request: NoPayloadSchema,
    response: DiaryViewSchema,
  },
  answerMorning: {
    channel: 'diary:answer-morning',
    request: MorningAnswerRequestSchema,
    response: DiaryViewSchema,
  },
  /** History and diary as CSV, one row a night, through the save dialog. */
  exportJournal: {
    channel: 'journal:export',
    request: NoPayloadSchema,
    response: JournalExportOutcomeSchema,
  },
  /** The report for the doctor: the diary's answers to a doctor's questions, then the diary. */
  getDoctorReport: {
    channel: 'report:get',
    request: NoPayloadSchema,
    response: DoctorReportSchema,
  },
  /** Saves the report the window is showing as PDF, through the save dialog. */
  saveDoctorReport: {
    channel: 'report:save-pdf',
    request: NoPayloadSchema,
    response: ReportSaveOutcomeSchema,
  },
  /** The daily backups kept (the last 7), newest first. */
  listBackups: {
    channel: 'store:list-backups',
    request: NoPayloadSchema,
    response: z.array(BackupSummarySchema),
  },
  /**
   * Whether the routine history and the cramp diary save this run: the Journal says so while
   * one cannot (from a newer version, or a file that cannot be read or written).
   */
  getJournalsStorage: {
    channel: 'store:get-journals-storage',
    request: NoPayloadSchema,
    response: JournalsStorageSchema,
  },
  /**
   * Makes (or makes again) today's backup now, from the data as last saved; says in plain words
   * why when it cannot be made.
   */
  backUpNow: {
    channel: 'store:back-up-now',
    request: NoPayloadSchema,
    response: BackupMadeSchema,
  },
  /** Puts a backup in place of the data now (which is kept aside) and restarts the app. */
  restoreBackup: {
    channel: 'store:restore-backup',
    request: z.object({ id: z.iso.date() }),
    response: z.null(),
  },
  /** The personal trial: tonight's place in it, its answer so far, or the lengths on offer. */
  getTrial: { channel: 'trial:get', request: NoPayloadSchema, response: TrialViewSchema },
  /** Starts, pauses, resumes, extends or stops the trial; resolves once saved. */
  actOnTrial: { channel: 'trial:act', request: TrialActionSchema, response: TrialViewSchema },
} as const satisfies Record<string, InvokeSpec>;

/** Main-to-renderer events, keyed by the name the renderer subscribes with. */
export const eventContract = {
  /** Main asks the renderer to show a screen (for example from a menu). */
  navigate: {
    channel: 'app:navigate',
    payload: z.object({
      screen: z.enum(['tonight', 'routines', 'journal', 'learn', 'settings', 'log-cramp']),
    }),
  },
  /** The session's state, on every change. */
  sessionState: { channel: 'session:state', payload: SessionSnapshotSchema },
  /** Between changes, once per whole second of a running routine: the time only. */
  sessionTick: { channel: 'session:tick', payload: SessionTickSchema },
  /** A session just ended could not be written to the history (a full disk): why, in words. */
  sessionNotKept: {
    channel: 'session:not-kept',
    payload: z.object({ message: z.string().min(1).max(500) }),
  },
  /** A cue, at its instant. */
  sessionCue: { channel: 'session:cue', payload: CueEventSchema },
  /** The next reminder moved without a settings change (a reminder was just given). */
  nextReminder: { channel: 'reminders:next', payload: NextReminderSchema },
  /** How the import of a routines file opened with the app went. */
  importOutcome: { channel: 'routines:import-outcome', payload: ImportOutcomeSchema },
  /** Settings changed (from another window or the tray). */
  settingsChanged: { channel: 'settings:changed', payload: SettingsSchema },
  /** The diary changed (from another window, the tray or the morning's first look). */
  diaryChanged: { channel: 'diary:changed', payload: DiaryViewSchema },
  /** The trial changed (started, paused, stopped, or from the tray). */
  trialChanged: { channel: 'trial:changed', payload: TrialViewSchema },
} as const satisfies Record<string, EventSpec>;

/** The shape of one request/response entry. */
export interface InvokeSpec {
  readonly channel: string;
  readonly request: z.ZodType;
  readonly response: z.ZodType;
}

/** The shape of one event entry. */
export interface EventSpec {
  readonly channel: string;
  readonly payload: z.ZodType;
}

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type InvokeMethod = keyof InvokeContract;
export type EventName = keyof EventContract;

/** The parsed request type of a method. */
export type RequestOf<M extends InvokeMethod> = z.output<InvokeContract[M]['request']>;
/** The value type a method resolves to. */
export type ResponseOf<M extends InvokeMethod> = z.output<InvokeContract[M]['response']>;
/** The payload type of an event. */
export type EventPayloadOf<E extends EventName> = z.output<EventContract[E]['payload']>;

/** Every channel, for checks that no two entries share one. */
export const allChannels: readonly string[] = [
  ...Object.values(invokeContract).map((spec) => spec.channel),
  ...Object.values(eventContract).map((spec) => spec.channel),
];
