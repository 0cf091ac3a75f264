/**
 * How a session went, judged by the holds actually done (see `outcomeOf`). No schema here, so
 * the renderer can use the rule without the schema library (`SessionOutcomeSchema` is in
 * `session-state`):
 * - `completed`: the routine ran to its end with nearly every hold done (`holdsNeededToComplete`);
 * - `partly-done`: at least one hold done, but not that (stopped or restarted midway, or run to
 *   the end with too many holds skipped);
 * - `stopped`: no hold done at all, however the session ended (stopped, restarted, or skipped
 *   through to the end). Skipping everything is never `completed`.
 */
export const SESSION_OUTCOMES = ['completed', 'partly-done', 'stopped'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

/** "Nearly every hold": this percentage of the holds, rounded up (one skipped in ten is fine). */
export const NEARLY_ALL_HOLDS_PERCENT = 90;

/** The holds a session must have done, at its end, to count as completed. */
export function holdsNeededToComplete(holdCount: number): number {
  // Integer arithmetic: 70 * 0.9 is 63.00000000000001 in floating point, which would round up to 64.
  return Math.max(1, Math.ceil((holdCount * NEARLY_ALL_HOLDS_PERCENT) / 100));
}

/** What a session's holds add up to. */
export interface HoldProgress {
  readonly holdsDone: number;
  readonly holdCount: number;
  /** The routine ran (or was skipped) to its end, rather than being stopped or restarted. */
  readonly reachedEnd: boolean;
}

/** The outcome of a session, by the rule documented on `SessionOutcomeSchema`. */
export function outcomeOf(progress: HoldProgress): SessionOutcome {
  if (progress.holdsDone === 0) return 'stopped';
  if (progress.reachedEnd && progress.holdsDone >= holdsNeededToComplete(progress.holdCount)) {
    return 'completed';
  }
  return 'partly-done';
}
