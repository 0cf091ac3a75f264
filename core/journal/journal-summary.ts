import { z } from 'zod';

/** How many weeks the Journal's calendar and chart show. */
export const JOURNAL_WEEKS = 12;

/** One night on the Journal's calendar. */
export const NightMarkSchema = z.object({
  /** The night, "YYYY-MM-DD" (its evening). */
  date: z.iso.date(),
  /** A routine was done that night (more than started). */
  routine: z.boolean(),
  /** Cramps logged or said; "none" only when the user said so; otherwise unknown. */
  cramps: z.enum(['cramps', 'none', 'unknown']),
  /** Cramps logged that night (0 when none or unknown, or "yes" without a log). */
  crampCount: z.number().int().min(0),
});
export type NightMark = z.infer<typeof NightMarkSchema>;

/** One week of the chart: cramps against routine nights. */
export const WeekTallySchema = z.object({
  /** The week’s first night, "YYYY-MM-DD" (the last week ends with the current night). */
  start: z.iso.date(),
  /** Cramps logged in the week (a "yes" without a log counts one). */
  cramps: z.number().int().min(0),
  routineNights: z.number().int().min(0).max(7),
  /** Nights whose cramps are known (logged, or answered). */
  knownNights: z.number().int().min(0).max(7),
});
export type WeekTally = z.infer<typeof WeekTallySchema>;

/** When the diary suggests seeing a doctor (the content brief's signs, from the diary alone). */
export const SeeDoctorSchema = z.enum([
  'no',
  /** Three or more cramps a week, two weeks running. */
  'frequent',
  /** Cramps rising week on week over the last weeks. */
  'rising',
]);

/** What the Journal shows: the last 12 weeks, night by night and week by week. */
export const JournalSummarySchema = z.object({
  /** The last 12 weeks of nights, oldest first, ending with the current night. */
  nights: z.array(NightMarkSchema).max(JOURNAL_WEEKS * 7),
  /** The same nights by week, oldest first. */
  weeks: z.array(WeekTallySchema).max(JOURNAL_WEEKS),
  seeDoctor: SeeDoctorSchema,
});
export type JournalSummary = z.infer<typeof JournalSummarySchema>;
