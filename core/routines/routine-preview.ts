import { z } from 'zod';
import { MAX_FIT_MINUTES, MIN_FIT_MINUTES } from './routine-limits';
import { RoutineSchema } from './routine-schema';

/** A length to fit a routine to, in whole minutes; `null` means as written. */
export const FitMinutesSchema = z
  .number()
  .int()
  .min(MIN_FIT_MINUTES)
  .max(MAX_FIT_MINUTES)
  .nullable();

/** A routine as it would run at a length, for Tonight's live preview. */
export const RoutinePreviewSchema = z.object({
  routine: RoutineSchema,
  /** Its length, with the pauses between holds. */
  totalSeconds: z.number(),
  /** When fitted: the shortest and longest it can be, and what changed, in plain words. */
  shortestSeconds: z.number().nullable(),
  longestSeconds: z.number().nullable(),
  summary: z.string().nullable(),
});
export type RoutinePreview = z.infer<typeof RoutinePreviewSchema>;
