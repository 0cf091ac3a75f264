import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsNeededToComplete, outcomeOf } from '../../../core/session/session-outcome';

describe('the outcome of a session', () => {
  it('is completed at the end with every hold done, or all but one in ten', () => {
    expect(outcomeOf({ holdsDone: 12, holdCount: 12, reachedEnd: true })).toBe('completed');
    expect(outcomeOf({ holdsDone: 9, holdCount: 10, reachedEnd: true })).toBe('completed');
    expect(outcomeOf({ holdsDone: 8, holdCount: 10, reachedEnd: true })).toBe('partly-done');
    expect(outcomeOf({ holdsDone: 4, holdCount: 5, reachedEnd: true })).toBe('partly-done');
  });

  it('is partly done when stopped after some holds, however many', () => {
    expect(outcomeOf({ holdsDone: 11, holdCount: 12, reachedEnd: false })).toBe('partly-done');
    expect(outcomeOf({ holdsDone: 1, holdCount: 12, reachedEnd: false })).toBe('partly-done');
  });

  it('is stopped when no hold was done, even when skipped through to the end', () => {
    expect(outcomeOf({ holdsDone: 0, holdCount: 12, reachedEnd: false })).toBe('stopped');
    expect(outcomeOf({ holdsDone: 0, holdCount: 12, reachedEnd: true })).toBe('stopped');
  });

  it('needs nine holds in ten, counted in whole numbers (no rounding surprise)', () => {
    expect(holdsNeededToComplete(1)).toBe(1);
    expect(holdsNeededToComplete(2)).toBe(2);
    expect(holdsNeededToComplete(10)).toBe(9);
    expect(holdsNeededToComplete(70)).toBe(63);
  });

  it('is never completed with no hold done, nor with fewer than nine in ten (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((holdCount) =>
            fc.tuple(fc.constant(holdCount), fc.integer({ min: 0, max: holdCount }), fc.boolean()),
          ),
        ([holdCount, holdsDone, reachedEnd]) => {
          const outcome = outcomeOf({ holdsDone, holdCount, reachedEnd });
          if (holdsDone === 0) expect(outcome).toBe('stopped');
          if (outcome === 'completed') {
            expect(reachedEnd).toBe(true);
            expect(holdsDone * 10).toBeGreaterThanOrEqual(holdCount * 9);
          }
        },
      ),
    );
  });
});
