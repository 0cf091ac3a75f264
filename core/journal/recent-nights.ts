import { z } from 'zod';

/** What Tonight says about recent nights, gently (worked out in main from the history). */
export const RecentNightsSchema = z.object({
  /** Last night's routine (the longest one, if several), or `null` when there was none. */
  lastNight: z
    .object({
      routineName: z.string(),
      activeMinutes: z.number().int().min(1),
      outcome: z.enum(['completed', 'partly-done']),
    })
    .nullable(),
  /** A routine done tonight already. */
  isTonightDone: z.boolean(),
  /** Nights in a row with a routine, up to last night (and tonight, once done). */
  nightsInARow: z.number().int().min(0),
});
export type RecentNights = z.infer<typeof RecentNightsSchema>;
