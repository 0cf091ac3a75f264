import { describe, expect, it } from 'vitest';
import { RoutineSchema } from '../../../core/routines/routine-schema';
import { buildTimeline } from '../../../core/session/timeline';
import {
  createBooks,
  creditHoldEndingAt,
  markJumpedOver,
  tallyOf,
} from '../../../main/session/session-books';

// Holds of 10 s, two in a row with no rest (s): ready 0-1 | H1 1-11 | H2 11-21 | next 21-22 | H3 22-32
const routine = RoutineSchema.parse({
  id: 'books',
  name: 'Books',
  description: 'For the books.',
  steps: [1, 2].map((n) => ({
    id: `s${n}`,
    kind: 'stretch',
    title: `Step ${n}`,
    instruction: 'Do it.',
    feel: 'Gentle.',
    holdSeconds: 10,
    minHoldSeconds: 1,
    maxHoldSeconds: 60,
    sides: 'none',
    repetitions: n === 1 ? 2 : 1,
    restSeconds: 0,
    illustration: 'rest',
  })),
});
const timeline = buildTimeline(routine, {
  getReadySeconds: 1,
  nextSeconds: 1,
  switchSidesSeconds: 1,
});

describe('session books', () => {
  it('completes a step only when every one of its holds was done', () => {
    const books = createBooks(timeline, 2);
    creditHoldEndingAt(books, 11_000);
    expect(tallyOf(books)).toEqual({
      holdsDone: 1,
      holdsSkipped: 0,
      holdCount: 3,
      stepsCompleted: 0,
    });
    creditHoldEndingAt(books, 21_000);
    creditHoldEndingAt(books, 21_000); // the same hold again, replayed: still one
    expect(tallyOf(books)).toMatchObject({ holdsDone: 2, stepsCompleted: 1 });
  });

  it('does not skip the hold a jump lands on, nor one that was already over', () => {
    const books = createBooks(timeline, 2);
    markJumpedOver(books, 11_000, 11_000 + 1); // H2 cut after a moment
    expect(tallyOf(books).holdsSkipped).toBe(1);
    const other = createBooks(timeline, 2);
    markJumpedOver(other, 21_000, 22_000); // from H2's end to H3's start
    expect(tallyOf(other).holdsSkipped).toBe(0);
  });

  it('leaves a done hold done when a later jump passes over it', () => {
    const books = createBooks(timeline, 2);
    creditHoldEndingAt(books, 11_000);
    markJumpedOver(books, 0, 32_000);
    expect(tallyOf(books)).toMatchObject({ holdsDone: 1, holdsSkipped: 2 });
  });
});
