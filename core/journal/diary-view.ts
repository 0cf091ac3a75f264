import { z } from 'zod';
import { DiaryEntrySchema } from './diary-entry';
import { MorningAnswerSchema } from './diary-log';

/**
 * A diary entry as the window sends it: main gives a new entry its id and works out its night
 * (the evening it belongs to, in the user's zone) from when it started. An edit names its id.
 */
export const DiaryDraftSchema = DiaryEntrySchema.omit({ id: true, night: true }).extend({
  id: DiaryEntrySchema.shape.id.optional(),
});
export type DiaryDraft = z.infer<typeof DiaryDraftSchema>;

/** The morning question, when it is time to ask it. */
export const CheckInSchema = z.object({
  /** The night asked about, "YYYY-MM-DD" (its evening). */
  night: z.iso.date(),
  /** When a cramp logged from "Yes" is said to have started unless the user changes it. */
  suggestedStartMs: z.number().int().min(0),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

/** The diary as the window shows it. */
export const DiaryViewSchema = z.object({
  /** Entries in force, newest first. */
  entries: z.array(DiaryEntrySchema),
  /** The morning question to ask now, or `null`. */
  checkIn: CheckInSchema.nullable(),
  /**
   * While massage and warmth are left out after clot signs (see `core/health/clot-caution`):
   * since when and until when; `null` when they are not.
   */
  clotCaution: z
    .object({ sinceMs: z.number().int().min(0), untilMs: z.number().int().min(0) })
    .nullable(),
});
export type DiaryView = z.infer<typeof DiaryViewSchema>;

/** An answer to the morning question. */
export const MorningAnswerRequestSchema = z.object({
  night: z.iso.date(),
  answer: MorningAnswerSchema,
});

/** How saving the journal as CSV went (a failed write is an error the window shows). */
export const JournalExportOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), file: z.string(), nights: z.number().int().min(0) }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type JournalExportOutcome = z.infer<typeof JournalExportOutcomeSchema>;
