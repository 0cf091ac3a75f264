import { z } from 'zod';
import { TrialArmSchema } from '../trial/analyse-trial';
import { WEEKDAYS, type Weekday } from './weekdays';

export { WEEKDAYS, everyEvening, type Weekday } from './weekdays';

/** A wall-clock time of day, "HH:MM" on the 24-hour clock. */
export const WallTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use a time like 22:30 (24-hour clock)');
export type WallTime = z.infer<typeof WallTimeSchema>;

export { LEAD_MINUTE_CHOICES } from './reminder-choices';
import { PAUSE_DAY_CHOICES, SNOOZE_CHOICES } from './reminder-choices';

const SnoozeMinutesSchema = z.literal(SNOOZE_CHOICES);

/**
 * Bedtimes before this hour are after midnight: they belong to the evening before (a Friday
 * bedtime of 00:30 is early on Saturday). Noon splits the day between the two.
 */
export const AFTER_MIDNIGHT_BEFORE_HOUR = 12;

/**
 * The bedtime reminder schedule: on or off, how long before bedtime to remind, and a bedtime for
 * each evening, keyed by the evening's weekday (also for a bedtime after midnight); `null` means
 * no reminder that evening.
 */
export const ReminderScheduleSchema = z.object({
  isEnabled: z.boolean(),
  leadMinutes: z.number().int().min(0).max(240),
  bedtimes: z.object(
    Object.fromEntries(WEEKDAYS.map((day) => [day, WallTimeSchema.nullable()])) as Record<
      Weekday,
      z.ZodNullable<typeof WallTimeSchema>
    >,
  ),
});
export type ReminderSchedule = z.infer<typeof ReminderScheduleSchema>;

/**
 * A change to the schedule: only what changed (a bedtime, the lead time, on or off), merged by
 * main into the schedule as it is when the change's turn comes, so quick changes never undo one
 * another.
 */
export const ReminderSchedulePatchSchema = z
  .object({
    isEnabled: ReminderScheduleSchema.shape.isEnabled,
    leadMinutes: ReminderScheduleSchema.shape.leadMinutes,
    bedtimes: ReminderScheduleSchema.shape.bedtimes.partial().strict(),
  })
  .partial()
  .strict();
export type ReminderSchedulePatch = z.infer<typeof ReminderSchedulePatchSchema>;

/** A calendar date of an evening, "YYYY-MM-DD" in the user's time zone. */
export const EveningDateSchema = z.iso.date();

/**
 * What the user did about reminders; every field is optional, and `{}` means nothing was done,
 * snoozed, skipped or paused.
 */
export const ReminderStateSchema = z.object({
  /** The evening whose routine is done: no reminder for it. */
  doneEvening: EveningDateSchema.optional(),
  /**
   * The evening a routine was started on: it answered that evening's reminder, even if it was
   * then paused or stopped.
   */
  answeredEvening: EveningDateSchema.optional(),
  /** The evening the user skipped ("Skip tonight"). */
  skippedEvening: EveningDateSchema.optional(),
  /** A snoozed reminder fires again at this instant (epoch ms). */
  snoozedUntilMs: z.number().int().min(0).optional(),
  /** No reminder before this instant (epoch ms): "pause for 1 day" or "3 days". */
  pausedUntilMs: z.number().int().min(0).optional(),
  /** No reminder at all until the user turns them back on. */
  isPausedUntilTurnedOn: z.boolean().optional(),
});
export type ReminderState = z.infer<typeof ReminderStateSchema>;

/** What the user can do about reminders from the window (the tray offers the same). */
export const ReminderActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('snooze'),
    minutes: SnoozeMinutesSchema,
  }),
  z.object({ kind: z.literal('skip-tonight') }),
  z.object({
    kind: z.literal('pause-reminders'),
    days: z.literal(PAUSE_DAY_CHOICES).nullable(),
  }),
  z.object({ kind: z.literal('reminders-back-on') }),
]);
export type ReminderAction = z.infer<typeof ReminderActionSchema>;

/**
 * How a reminder comes: a system notification (which Do Not Disturb may hide), the app's own small
 * window (which never takes the keyboard from what the user is doing), or both.
 */
export const ReminderStyleSchema = z.enum(['notification', 'window', 'both']);
export type ReminderStyle = z.infer<typeof ReminderStyleSchema>;

/** What the user answers from the reminder window (or a notification's buttons). */
export const ReminderAnswerSchema = z.discriminatedUnion('kind', [
  /** Start tonight's routine, in the main window. */
  z.object({ kind: z.literal('start-tonight') }),
  z.object({
    kind: z.literal('snooze'),
    minutes: SnoozeMinutesSchema,
  }),
  z.object({ kind: z.literal('skip-tonight') }),
  /** Open Tonight in the main window without starting. */
  z.object({ kind: z.literal('open') }),
  /** Close the reminder; nothing else changes. */
  z.object({ kind: z.literal('dismiss') }),
]);
export type ReminderAnswer = z.infer<typeof ReminderAnswerSchema>;

/** The reminder on show, for the reminder window. */
export const ShownReminderSchema = z.object({
  /** Epoch ms of the bedtime it is for. */
  bedtimeMs: z.number().int(),
  /** Given late: on waking, after the computer slept through it, or at a start at login. */
  isCatchUp: z.boolean(),
  /** Given at a start at login after its time: the computer was off then, not asleep. */
  isAfterLogin: z.literal(true).optional(),
  /** Tonight's arm in the personal trial (settling-in nights too), when tonight is in one. */
  trialArm: TrialArmSchema.optional(),
});
export type ShownReminder = z.infer<typeof ShownReminderSchema>;

/** The next reminder as the window shows it. */
export const NextReminderSchema = z.object({
  /** Epoch ms of the next reminder, or `null` (off, paused, or no bedtime set). */
  atMs: z.number().int().nullable(),
  /** Reminders are paused (for some days, or until turned back on). */
  arePaused: z.boolean(),
  /** Tonight is skipped or its routine done: nothing more tonight. */
  isTonightQuiet: z.boolean(),
  /** Tonight's reminder has been given and can be snoozed. */
  canSnooze: z.boolean(),
});
export type NextReminder = z.infer<typeof NextReminderSchema>;
