import { z } from 'zod';
import { DEFAULT_REMINDER_SCHEDULE } from '../reminders/reminder-defaults';
import {
  ReminderSchedulePatchSchema,
  ReminderScheduleSchema,
  ReminderStateSchema,
  ReminderStyleSchema,
} from '../reminders/reminder-schedule';
import { RECOMMENDED_ROUTINE_ID } from '../routines/routine-ids';
import { MAX_FIT_MINUTES, MIN_FIT_MINUTES, MAX_OWN_ROUTINES } from '../routines/routine-limits';
import { RoutineSchema, SideSchema } from '../routines/routine-schema';
import { HealthNotesSchema } from '../health/health-notes';
import { ReportPatientSchema } from '../report/report-patient';
import { NO_PATIENT } from '../report/report-rules';
import { EMPTY_HEALTH_NOTES } from '../health/heat-risk';
import { TrialStateSchema } from '../trial/trial-state';
import { DEFAULT_VOLUME } from './settings-defaults';

/** The answer to the one-time question about reduced feeling in the legs or feet. */
export const ReducedFeelingSchema = z.enum(['unknown', 'yes', 'no']);
export type ReducedFeeling = z.infer<typeof ReducedFeelingSchema>;

/** The user-facing fields, without defaults: a change names only what it changes. */
const settingsFields = {
  /** 'yes' means heat steps are left out (they could burn without being felt). */
  reducedFeeling: ReducedFeelingSchema,
  /** Cue volume, 0 to 1. */
  volume: z.number().min(0).max(1),
  isMuted: z.boolean(),
  /** Speak each step's prompt where the system has a voice. */
  speakPrompts: z.boolean(),
  /** Pause a routine when the screen locks. */
  pauseOnScreenLock: z.boolean(),
  /** The bedtime reminder: on or off, lead time, a bedtime for each evening. */
  reminderSchedule: ReminderScheduleSchema,
  /** What the user did about reminders: snoozed, skipped tonight, paused, done tonight. */
  reminderState: ReminderStateSchema,
  /** How a reminder comes: a system notification, the app's own small window, or both. */
  reminderStyle: ReminderStyleSchema,
  /** Start the app (quietly, in the tray) when the user logs in, so reminders come. */
  launchAtLogin: z.boolean(),
  /** The one-time note that closing the window keeps the app in the tray has been shown. */
  hasSeenTrayNote: z.boolean(),
  /** The user's own routines (built-ins are never stored: they ship with the app). */
  ownRoutines: z.array(RoutineSchema).max(MAX_OWN_ROUTINES),
  /** The routine Tonight offers and the tray starts. */
  tonightRoutineId: z.string().min(1).max(64),
  /** How many minutes tonight's routine is fitted to; `null` means as written. */
  tonightMinutes: z.number().int().min(MIN_FIT_MINUTES).max(MAX_FIT_MINUTES).nullable(),
  /** Which leg tends to cramp, as the user said (starts the diary form on it); `null`: not said. */
  crampLeg: z.enum(['left', 'right', 'both', 'varies']).nullable(),
  /** The leg that gets extra time in every routine, or `null` for neither. */
  favourSide: SideSchema.nullable(),
  /** A routine's own choice of leg, where it differs from `favourSide` ('none': neither). */
  routineFavour: z.record(z.string().min(1).max(64), z.enum(['left', 'right', 'none'])),
  /** The personal trial ("Find out if it helps me"), or `null` when none was started. */
  trial: TrialStateSchema.nullable(),
  /** The user's own health notes (conditions, medicines, a note), on this computer only. */
  healthNotes: HealthNotesSchema,
  /** The name and date of birth to head the report for the doctor (asked when saving it). */
  reportPatient: ReportPatientSchema,
  /**
   * The welcome was answered or skipped. A settings file from before the welcome existed reads as
   * seen (that user is not new); a first launch, with no file, starts with it unseen.
   */
  welcomeSeen: z.boolean(),
  /**
   * When the user last said a doctor had checked the leg after the diary noted calf swelling,
   * redness or warmth (epoch ms, main's clock); `null` if never. Ends the clot caution early.
   */
  legCheckedAtMs: z.number().int().min(0).nullable(),
};

/**
 * The user's settings, as stored on disk and shown in the app; a missing field takes its default
 * (`DEFAULT_SETTINGS` is the same values as a plain object; a test keeps the two in step).
 */
export const SettingsSchema = z.object({
  version: z.literal(1).default(1),
  reducedFeeling: settingsFields.reducedFeeling.default('unknown'),
  volume: settingsFields.volume.default(DEFAULT_VOLUME),
  isMuted: settingsFields.isMuted.default(false),
  speakPrompts: settingsFields.speakPrompts.default(true),
  pauseOnScreenLock: settingsFields.pauseOnScreenLock.default(true),
  reminderSchedule: settingsFields.reminderSchedule.default(DEFAULT_REMINDER_SCHEDULE),
  reminderState: settingsFields.reminderState.default({}),
  reminderStyle: settingsFields.reminderStyle.default('both'),
  launchAtLogin: settingsFields.launchAtLogin.default(false),
  hasSeenTrayNote: settingsFields.hasSeenTrayNote.default(false),
  ownRoutines: settingsFields.ownRoutines.default([]),
  tonightRoutineId: settingsFields.tonightRoutineId.default(RECOMMENDED_ROUTINE_ID),
  tonightMinutes: settingsFields.tonightMinutes.default(null),
  crampLeg: settingsFields.crampLeg.default(null),
  favourSide: settingsFields.favourSide.default(null),
  routineFavour: settingsFields.routineFavour.default({}),
  trial: settingsFields.trial.default(null),
  healthNotes: settingsFields.healthNotes.default(EMPTY_HEALTH_NOTES),
  reportPatient: settingsFields.reportPatient.default(NO_PATIENT),
  welcomeSeen: settingsFields.welcomeSeen.default(true),
  legCheckedAtMs: settingsFields.legCheckedAtMs.default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * A change the renderer may ask for: any subset of the user-facing fields, nothing else. Built
 * from the fields without defaults, so parsing `{ isMuted: true }` gives exactly that and never
 * fills the other fields with defaults (which would undo the user's earlier choices).
 */
export const SettingsPatchSchema = z
  .object({ ...settingsFields, reminderSchedule: ReminderSchedulePatchSchema })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/**
 * A change the window may ask for through `updateSettings`: plain preferences only. What has rules
 * of its own changes only through its own channel, where main keeps them: the trial (its actions
 * draw its seed), the doctor's check of the leg (dated by main's clock), the user's own routines
 * (saved and deleted one at a time, built-in ids refused), the reminder's state (its actions),
 * the favoured leg of a routine and tonight's routine (which must name a routine that exists).
 */
export const WindowSettingsPatchSchema = SettingsPatchSchema.omit({
  trial: true,
  legCheckedAtMs: true,
  ownRoutines: true,
  reminderState: true,
  routineFavour: true,
  tonightRoutineId: true,
});
export type WindowSettingsPatch = z.infer<typeof WindowSettingsPatchSchema>;

/** A routine's own choice of leg to favour, or 'usual' to follow the setting for every routine. */
export const RoutineFavourChoiceSchema = z.object({
  routineId: z.string().min(1).max(64),
  favour: z.enum(['left', 'right', 'none', 'usual']),
});

/** Where changes go: to the settings file, or (when it could not be read) only this run's memory. */
export const SettingsStorageSchema = z.enum(['saved', 'memory-only']);
export type SettingsStorage = z.infer<typeof SettingsStorageSchema>;
