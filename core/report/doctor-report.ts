import { z } from 'zod';
import {
  CrampFeelSchema,
  CrampHelpSchema,
  CrampLegSchema,
  CrampMuscleSchema,
  CrampSymptomSchema,
  DiaryEntrySchema,
} from '../journal/diary-entry';
import { JOURNAL_WEEKS, WeekTallySchema } from '../journal/journal-summary';
import { HealthNotesSchema } from '../health/health-notes';
import { TrialRunViewSchema } from '../trial/trial-view';
import { ReportPatientSchema } from './report-patient';
import { DURATION_SPAN_MINUTES } from './report-rules';

const CountSchema = z.number().int().min(0);
/** A night ("YYYY-MM-DD", the date of its evening) or a calendar day, in the user's zone. */
const NightSchema = z.iso.date();
/** A time of day in the user's zone, "HH:MM" (24-hour). */
const ClockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * The answers the cramps in the report gave to one of the diary's questions: how many answered it
 * at all, and how many gave each answer, the most given first (a cramp may give several answers,
 * so the counts can add up to more than `answered`).
 */
const answersTo = <T extends z.ZodType>(answer: T) =>
  z.object({
    answered: CountSchema,
    counts: z.array(z.object({ answer, count: CountSchema.min(1) })).max(20),
  });

/** How long a cramp lasted, as the span the diary's form offers (the minutes in its middle). */
export const DurationSpanSchema = z.literal(DURATION_SPAN_MINUTES);

/**
 * One cramp in the report's detailed diary: the entry as kept (with its night), and the calendar
 * day and time of day it began in the user's zone (a cramp at 00:40 on Sunday belongs to
 * Saturday's night, and began on Sunday).
 */
export const ReportCrampSchema = DiaryEntrySchema.extend({ day: NightSchema, time: ClockSchema });
export type ReportCramp = z.infer<typeof ReportCrampSchema>;

/**
 * The report for the doctor (`buildDoctorReport`): the seed's questions answered from the diary
 * (the first page), then the diary in detail. It covers the Journal's last 12 weeks from the first
 * week with anything recorded, and counts nights and cramps by the Journal's own rules.
 *
 * A section that only some users have (the personal trial's answer) is an optional field here,
 * so the report and its page grow by one field and one component each.
 */
export const DoctorReportSchema = z.object({
  /** The nights the report covers: the first week's first night to the Journal's current night. */
  period: z.object({ from: NightSchema, to: NightSchema }),
  /** The day the report was made, in the user's zone. */
  madeOn: NightSchema,
  /** The night of the first cramp anywhere in the diary (it may be before the period). */
  firstCramp: NightSchema.nullable(),
  nights: z.object({
    total: CountSchema,
    /** Nights whose cramps are known (logged, or answered in the morning). */
    known: CountSchema,
    withCramps: CountSchema,
    /** Nights with the routine done (more than started). */
    routine: CountSchema,
  }),
  cramps: z.object({
    /** Cramps logged in the diary in the period. */
    logged: CountSchema,
    /** Nights said in the morning to have had cramps, with none logged (each counts as one). */
    saidNotLogged: CountSchema,
  }),
  /** When in the night they began: the middle half of the logged start times (`null`: none). */
  timeOfNight: z.object({ from: ClockSchema, to: ClockSchema }).nullable(),
  legs: answersTo(CrampLegSchema),
  muscles: answersTo(CrampMuscleSchema),
  feel: answersTo(CrampFeelSchema),
  /** Strength 0 to 10, over the cramps that gave one (`null`: none did). */
  strength: z
    .object({
      answered: CountSchema.min(1),
      lowest: z.number().int().min(0).max(10),
      middle: z.number().min(0).max(10),
      highest: z.number().int().min(0).max(10),
    })
    .nullable(),
  duration: answersTo(DurationSpanSchema),
  symptoms: answersTo(CrampSymptomSchema),
  helped: answersTo(CrampHelpSchema),
  /** Cramps per week, as the Journal counts them (its weeks, from the first one recorded). */
  weeks: z.array(WeekTallySchema).min(1).max(JOURNAL_WEEKS),
  /** The routines done, each with the nights it was done on, the most first. */
  routines: z.array(z.object({ name: z.string(), nights: CountSchema.min(1) })).max(1_000),
  /**
   * Medicines started or changed, in the user's own words, from the whole diary (one started
   * before the period may matter most), each with the night it was first written.
   */
  medicines: z.array(z.object({ night: NightSchema, text: z.string() })).max(5_000),
  /** Every cramp logged in the period, oldest first. */
  crampsInDetail: z.array(ReportCrampSchema).max(5_000),
  /** Nights in the period said to have had cramps, with none logged. */
  saidNights: z.array(NightSchema).max(JOURNAL_WEEKS * 7),
  /** The name and date of birth heading the first page, if the user gave either (main adds it). */
  patient: ReportPatientSchema.nullable().default(null),
  /** The user's own health notes (conditions and medicines ticked, with dates), as kept. */
  healthNotes: HealthNotesSchema.nullable().default(null),
  /** The personal trial's answer, when the user has run one (the latest, under way or ended). */
  trial: TrialRunViewSchema.pick({
    status: true,
    startDate: true,
    endDate: true,
    night: true,
    totalNights: true,
    analysis: true,
    adherence: true,
    washoutNights: true,
  })
    .extend({ minNightsPerArm: CountSchema })
    .nullable()
    .default(null),
});
export type DoctorReport = z.infer<typeof DoctorReportSchema>;
export type DurationSpan = z.infer<typeof DurationSpanSchema>;

/** How saving the report as PDF went (a failed print or write is an error the window shows). */
export const ReportSaveOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), file: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type ReportSaveOutcome = z.infer<typeof ReportSaveOutcomeSchema>;
