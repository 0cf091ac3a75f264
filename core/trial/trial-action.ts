import { z } from 'zod';
import { MAX_TRIAL_PAIRS, MIN_TRIAL_PAIRS } from './trial-schedule';

/** What the window may ask of the personal trial. */
export const TrialActionSchema = z.discriminatedUnion('kind', [
  /** Starts a trial tonight, of so many pairs of blocks (a running one must be stopped first). */
  z.object({
    kind: z.literal('start'),
    pairs: z.number().int().min(MIN_TRIAL_PAIRS).max(MAX_TRIAL_PAIRS),
  }),
  z.object({ kind: z.literal('pause') }),
  z.object({ kind: z.literal('resume') }),
  /** One more pair of blocks at the end. */
  z.object({ kind: z.literal('extend') }),
  z.object({ kind: z.literal('stop') }),
]);
export type TrialAction = z.infer<typeof TrialActionSchema>;
