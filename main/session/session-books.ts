import type { Segment, Timeline } from '../../core/session/timeline';
import { holdSegments } from '../../core/session/timeline';

/**
 * The session's books: which holds were done or skipped, and how much time was really spent.
 * Plain data and plain functions, so each rule is tested without a clock.
 */
export interface SessionBooks {
  readonly holds: readonly Segment[];
  readonly stepCount: number;
  /** Segment indexes of holds that ran to their end. */
  readonly done: Set<number>;
  /** Segment indexes of holds cut short or jumped over (dropped again once done). */
  readonly skipped: Set<number>;
  /** Running time banked at the last re-anchor (the time since is added on top). */
  spentMs: number;
}

/** What the books add up to. */
export interface Tally {
  readonly holdsDone: number;
  readonly holdsSkipped: number;
  readonly holdCount: number;
  readonly stepsCompleted: number;
}

/** Empty books for a timeline. */
export function createBooks(timeline: Timeline, stepCount: number): SessionBooks {
  return {
    holds: holdSegments(timeline),
    stepCount,
    done: new Set(),
    skipped: new Set(),
    spentMs: 0,
  };
}

/** Credits the hold that ends at `endMs`, if there is one: it ran to its end. */
export function creditHoldEndingAt(books: SessionBooks, endMs: number): void {
  const hold = books.holds.find((candidate) => candidate.startMs + candidate.durationMs === endMs);
  if (!hold) return;
  books.done.add(hold.index);
  books.skipped.delete(hold.index);
}

/**
 * Marks the holds a forward jump from `fromMs` to `toMs` cut short or passed over: every hold
 * overlapping that stretch and not already done. A hold starting exactly at `toMs` is not skipped
 * (the jump lands on it), nor one that ended at `fromMs` (it was over).
 */
export function markJumpedOver(books: SessionBooks, fromMs: number, toMs: number): void {
  for (const hold of books.holds) {
    const overlaps = hold.startMs < toMs && hold.startMs + hold.durationMs > fromMs;
    if (overlaps && !books.done.has(hold.index)) books.skipped.add(hold.index);
  }
}

/** The counts for the snapshot and the history entry. */
export function tallyOf(books: SessionBooks): Tally {
  let stepsCompleted = 0;
  for (let step = 0; step < books.stepCount; step += 1) {
    const holds = books.holds.filter((hold) => hold.stepIndex === step);
    if (holds.length > 0 && holds.every((hold) => books.done.has(hold.index))) stepsCompleted += 1;
  }
  return {
    holdsDone: books.done.size,
    holdsSkipped: books.skipped.size,
    holdCount: books.holds.length,
    stepsCompleted,
  };
}
