import { z } from 'zod';
import { FitMinutesSchema } from '../routines/routine-preview';
import { RoutineSchema, SideSchema, type Routine } from '../routines/routine-schema';
import { CueKindSchema, CueSoundSchema } from './cue-plan';
import { SESSION_OUTCOMES, outcomeOf } from './session-outcome';

export type { SessionOutcome } from './session-outcome';

/** How a session went: the rule and its meaning are in `session-outcome`. */
export const SessionOutcomeSchema = z.enum(SESSION_OUTCOMES);

/** Why a routine is paused. */
export const PauseReasonSchema = z.enum(['user', 'system-sleep', 'screen-locked', 'interrupted']);
export type PauseReason = z.infer<typeof PauseReasonSchema>;

/** A timeline segment as the renderer sees it. */
export const SegmentViewSchema = z.object({
  index: z.number().int().min(0),
  kind: z.enum(['get-ready', 'next', 'hold', 'switch-sides', 'rest']),
  stepIndex: z.number().int().min(0),
  side: SideSchema.nullable(),
  repetition: z.number().int().min(1),
  repetitions: z.number().int().min(1),
  startMs: z.number().int().min(0),
  durationMs: z.number().int().min(1),
});
export type SegmentView = z.infer<typeof SegmentViewSchema>;

const ActiveFields = {
  /**
   * Names this session's routine: new for every start and restart, so the window keeps the routine
   * it was given for as long as the key stays the same.
   */
  routineKey: z.string().min(1).max(100),
  /**
   * The routine itself, its steps and their words: sent only when the window does not have it yet
   * (a session's first snapshot, a reloaded page, the answer to a start), not with every change.
   */
  routine: RoutineSchema.optional(),
  segment: SegmentViewSchema,
  segmentCount: z.number().int().min(1),
  /** Where the routine stands on its own clock (pauses excluded; jumps move it). */
  elapsedMs: z.number().min(0),
  totalMs: z.number().int().min(0),
  /**
   * Time actually spent on the routine: running time only, so pauses and time jumped over by
   * Skip are left out, and a stretch replayed after Back counts again. What Sleep well reports.
   */
  activeMs: z.number().min(0),
  /** Holds that ran to their end (cut short or jumped over ones do not count). */
  holdsDone: z.number().int().min(0),
  holdCount: z.number().int().min(1),
  /** Steps whose every hold was done (the history entry's `stepsCompleted`). */
  stepsDone: z.number().int().min(0),
  /**
   * Counts every re-timing (start, resume, jump, restart): animations that run from the last
   * anchor restart when it changes, so they never drift from main's clock.
   */
  anchorSeq: z.number().int().min(0),
};

/**
 * The session as main sends it to the window, on every change of its shape (segment, status); the
 * routine only when the window does not have it yet (see `routine`).
 */
export const SessionSnapshotSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('running'), ...ActiveFields }),
  z.object({ status: z.literal('paused'), pausedReason: PauseReasonSchema, ...ActiveFields }),
  z.object({ status: z.literal('completed'), ...ActiveFields }),
]);
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;

/** A snapshot with its routine, as main holds it and the player draws it. */
export type FullSessionSnapshot =
  | Extract<SessionSnapshot, { status: 'idle' }>
  | (Exclude<SessionSnapshot, { status: 'idle' }> & { routine: Routine });
export type ActiveSnapshot = Exclude<FullSessionSnapshot, { status: 'idle' }>;

/** A cue, sent at its instant. */
export const CueEventSchema = z.object({
  /** Counts up within a session, so the renderer can drop a repeat. */
  seq: z.number().int().min(0),
  atMs: z.number().int().min(0),
  segmentIndex: z.number().int().min(0),
  kinds: z.array(CueKindSchema).min(1),
  sound: CueSoundSchema.nullable(),
});
export type CueEvent = z.infer<typeof CueEventSchema>;

/** How to start a routine. */
export const StartSessionRequestSchema = z.object({
  routineId: z.string().min(1).max(64),
  /** Leave out heat steps (for people with reduced feeling in the legs or feet). */
  skipHeat: z.boolean().default(false),
  /** Fit the routine to this many minutes first; absent or `null`, as written. */
  minutes: FitMinutesSchema.optional(),
});
export type StartSessionRequest = z.infer<typeof StartSessionRequestSchema>;

/**
 * One finished, stopped or restarted session, for the journal. It says what was actually done:
 * `outcome` follows from `holdsDone`, `holdCount` and `reachedEnd` by the rule in `outcomeOf`.
 */
export const SessionHistoryEntrySchema = z
  .object({
    routineId: z.string(),
    routineName: z.string(),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime(),
    /** See `session-outcome`: completed, partly-done, or stopped (no hold done). */
    outcome: SessionOutcomeSchema,
    /** The routine ran (or was skipped) to its end, rather than being stopped or restarted. */
    reachedEnd: z.boolean(),
    /** Time actually spent, in ms: pauses and time jumped over by Skip left out, replays counted. */
    activeMs: z.number().int().min(0),
    /** Holds that ran to their end (each counted once, however often replayed). */
    holdsDone: z.number().int().min(0),
    /** Holds cut short or jumped over by Skip and not done afterwards. */
    holdsSkipped: z.number().int().min(0),
    holdCount: z.number().int().min(1),
    /** Steps whose every hold was done. */
    stepsCompleted: z.number().int().min(0),
    stepCount: z.number().int().min(1),
    /**
     * The routine's length as it ran, in seconds: its fitted length when it was made to measure.
     * `null` for sessions recorded before this was kept (history version 1): unknown, not zero.
     */
    plannedSeconds: z.number().int().min(0).nullable(),
  })
  .refine((entry) => entry.holdsDone + entry.holdsSkipped <= entry.holdCount, {
    message: 'holdsDone and holdsSkipped cannot add up to more than holdCount',
    path: ['holdsSkipped'],
  })
  .refine((entry) => entry.stepsCompleted <= entry.stepCount, {
    message: 'stepsCompleted cannot exceed stepCount',
    path: ['stepsCompleted'],
  })
  .refine((entry) => entry.outcome === outcomeOf(entry), {
    message: 'outcome must follow from the holds done and whether the end was reached',
    path: ['outcome'],
  });
export type SessionHistoryEntry = z.infer<typeof SessionHistoryEntrySchema>;

/** Between changes, once per whole second: only the time has moved (a few bytes, not the routine). */
export const SessionTickSchema = z.object({
  /** Active time on the routine's clock, as in the snapshot. */
  elapsedMs: z.number().min(0),
});
export type SessionTick = z.infer<typeof SessionTickSchema>;
