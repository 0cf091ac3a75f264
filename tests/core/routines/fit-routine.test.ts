import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInRoutines, findRoutine } from '../../../core/routines/built-in-routines';
import { favourSide } from '../../../core/routines/favour-side';
import { fitRoutine } from '../../../core/routines/fit-routine';
import { RoutineSchema, type Routine, type Step } from '../../../core/routines/routine-schema';
import {
  allowedHolds,
  repetitionRange,
  restRange,
  roundHold,
} from '../../../core/routines/step-timing';
import { buildTimeline } from '../../../core/session/timeline';
import {
  fitRoutineArbitrary,
  maybeFavouredRoutineArbitrary,
  targetFor,
  targetPickArbitrary,
} from '../../fixtures/fit-routine-arbitrary';

const RUNS = { numRuns: 60 };

const sidesOf = (step: Step) => (step.sides === 'none' ? 1 : 2);

/**
 * The most one move of the scale can change the total: one step of a hold (1 s, or 5 s from 20 s)
 * on every repetition of both legs, or one second of every rest. Holds only come in these steps
 * and a longer target may never shorten a hold, so the fit can only promise half of the largest
 * move; it is within 5 s whenever no move is over 10 s.
 */
function largestMove(routine: Routine): number {
  return Math.max(
    0,
    ...routine.steps.map((step) => {
      const holds = allowedHolds(step.minHoldSeconds, step.maxHoldSeconds);
      const gaps = holds.slice(1).map((hold, index) => hold - holds[index]!);
      const [baseReps] = repetitionRange(step);
      const [minRest, maxRest] = restRange(step);
      const restMove = baseReps > 1 && maxRest > minRest ? baseReps - 1 : 0;
      return sidesOf(step) * Math.max(restMove, baseReps * Math.max(0, ...gaps));
    }),
  );
}

const byId = (routine: Routine) => new Map(routine.steps.map((step) => [step.id, step]));

describe('fitRoutine (properties)', () => {
  it('comes as close to the target as the holds allow, within 5 s when no move is over 10 s', () => {
    fc.assert(
      fc.property(
        fitRoutineArbitrary(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (routine, fraction) => {
          const { shortestSeconds, longestSeconds } = fitRoutine(routine, 0);
          const target = shortestSeconds + fraction * (longestSeconds - shortestSeconds);
          const fitted = fitRoutine(routine, target);
          const allowance = Math.max(5, largestMove(routine) / 2);
          expect(Math.abs(fitted.totalSeconds - target)).toBeLessThanOrEqual(allowance);
          expect(fitted.routine.steps).toHaveLength(routine.steps.length);
        },
      ),
      RUNS,
    );
  });

  it('is within 5 s of any target between the shortest and the longest, for fine steps', () => {
    fc.assert(
      fc.property(
        fitRoutineArbitrary(40, true),
        fc.integer({ min: 0, max: 1000 }),
        (routine, permille) => {
          expect(largestMove(routine)).toBeLessThanOrEqual(10);
          const { shortestSeconds, longestSeconds } = fitRoutine(routine, 0);
          const target = shortestSeconds + (permille / 1000) * (longestSeconds - shortestSeconds);
          expect(Math.abs(fitRoutine(routine, target).totalSeconds - target)).toBeLessThanOrEqual(
            5,
          );
        },
      ),
      RUNS,
    );
  });

  it('keeps every hold, rest and repetition within its bounds, holds rounded by the rule', () => {
    fc.assert(
      fc.property(maybeFavouredRoutineArbitrary(), targetPickArbitrary, (routine, pick) => {
        const fitted = fitRoutine(routine, targetFor(routine, pick)).routine;
        const original = byId(routine);
        for (const step of fitted.steps) {
          const before = original.get(step.id)!;
          expect(step.minHoldSeconds).toBe(before.minHoldSeconds);
          expect(step.maxHoldSeconds).toBe(before.maxHoldSeconds);
          expect(step.holdSeconds).toBeGreaterThanOrEqual(step.minHoldSeconds);
          expect(step.holdSeconds).toBeLessThanOrEqual(step.maxHoldSeconds);
          const onGrid = allowedHolds(step.minHoldSeconds, step.maxHoldSeconds);
          expect(onGrid).toContain(step.holdSeconds);
          if (onGrid.some((hold) => hold >= 20 && hold % 5 === 0) || step.holdSeconds < 20) {
            expect(step.holdSeconds < 20 || step.holdSeconds % 5 === 0).toBe(true);
          }
          const [minRest, maxRest] = restRange(before);
          expect(step.restSeconds).toBeGreaterThanOrEqual(minRest);
          expect(step.restSeconds).toBeLessThanOrEqual(maxRest);
          const [minReps, maxReps] = repetitionRange(before);
          expect(step.repetitions).toBeGreaterThanOrEqual(minReps);
          expect(step.repetitions).toBeLessThanOrEqual(maxReps);
          expect(step.favour?.side).toBe(before.favour?.side);
        }
      }),
      RUNS,
    );
  });

  it('never shortens a step for a longer target', () => {
    fc.assert(
      fc.property(
        maybeFavouredRoutineArbitrary(),
        targetPickArbitrary,
        targetPickArbitrary,
        (routine, a, b) => {
          const [low, high] = [targetFor(routine, a), targetFor(routine, b)].sort((x, y) => x - y);
          const shorter = byId(fitRoutine(routine, low!).routine);
          const longer = fitRoutine(routine, high!);
          for (const step of longer.routine.steps) {
            const before = shorter.get(step.id);
            if (!before) continue;
            expect(step.holdSeconds).toBeGreaterThanOrEqual(before.holdSeconds);
            expect(step.restSeconds).toBeGreaterThanOrEqual(before.restSeconds);
            expect(step.repetitions).toBeGreaterThanOrEqual(before.repetitions);
          }
        },
      ),
      RUNS,
    );
  });

  it('changes nothing when fitted twice to the same target', () => {
    fc.assert(
      fc.property(maybeFavouredRoutineArbitrary(), targetPickArbitrary, (routine, pick) => {
        const target = targetFor(routine, pick);
        const once = fitRoutine(routine, target);
        const twice = fitRoutine(once.routine, target);
        expect(twice.routine).toEqual(once.routine);
        expect(twice.totalSeconds).toBe(once.totalSeconds);
      }),
      RUNS,
    );
  });

  it('keeps every required step, in order, and leaves out optional steps only below the shortest', () => {
    fc.assert(
      fc.property(maybeFavouredRoutineArbitrary(), targetPickArbitrary, (routine, pick) => {
        const target = targetFor(routine, pick);
        const fitted = fitRoutine(routine, target);
        const ids = fitted.routine.steps.map((step) => step.id);
        const originalIds = routine.steps.map((step) => step.id);
        expect(originalIds.filter((id) => ids.includes(id))).toEqual(ids);
        for (const step of routine.steps.filter((s) => !s.isOptional)) {
          expect(ids).toContain(step.id);
        }
        if (ids.length < originalIds.length) {
          expect(target).toBeLessThan(fitted.shortestSeconds);
          // Left out only as far as the routine stays at least as long as the target.
          expect(fitted.totalSeconds).toBeGreaterThanOrEqual(target);
        }
      }),
      RUNS,
    );
  });

  it('adds repetitions only above the longest, holds at their maximum, within the target', () => {
    fc.assert(
      fc.property(maybeFavouredRoutineArbitrary(), targetPickArbitrary, (routine, pick) => {
        const target = targetFor(routine, pick);
        const fitted = fitRoutine(routine, target);
        const original = byId(routine);
        const repeated = fitted.routine.steps.some(
          (step) => step.repetitions > repetitionRange(original.get(step.id)!)[0],
        );
        if (!repeated) return;
        expect(target).toBeGreaterThan(fitted.longestSeconds);
        expect(fitted.totalSeconds).toBeLessThanOrEqual(target);
        for (const step of fitted.routine.steps) {
          expect(step.holdSeconds).toBe(
            allowedHolds(step.minHoldSeconds, step.maxHoldSeconds).at(-1),
          );
        }
      }),
      RUNS,
    );
  });

  it('always gives a valid routine whose length is its timeline’s, favoured or not', () => {
    fc.assert(
      fc.property(
        maybeFavouredRoutineArbitrary(),
        targetPickArbitrary,
        fc.constantFrom('left', 'right', null),
        (routine, pick, side) => {
          const fitted = fitRoutine(routine, targetFor(routine, pick));
          expect(RoutineSchema.safeParse(fitted.routine).success).toBe(true);
          expect(fitted.totalSeconds).toBe(buildTimeline(fitted.routine).totalMs / 1000);
          expect(fitted.shortestSeconds).toBeLessThanOrEqual(fitted.longestSeconds);
          expect(fitted.summary.trim()).not.toBe('');
          expect(fitted.summary).not.toMatch(/\{\w+\}|undefined|NaN/);
          const favoured = favourSide(fitted.routine, side);
          expect(RoutineSchema.safeParse(favoured).success).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

/**
 * A built-in routine without the fitting bounds it ships with (rest ranges, extra repetitions):
 * the examples below are about holds alone.
 */
function withoutFitBounds(routine: Routine): Routine {
  return {
    ...routine,
    steps: routine.steps.map((step) => {
      const plain = { ...step };
      delete plain.minRestSeconds;
      delete plain.maxRestSeconds;
      delete plain.minRepetitions;
      delete plain.maxRepetitions;
      return plain;
    }),
  };
}

describe('fitRoutine (the built-in routines)', () => {
  const minutes = [3, 5, 10, 15, 20, 45];

  it.each(builtInRoutines.map((routine) => [routine.id, routine] as const))(
    'fits %s to 3 to 45 minutes',
    (_id, routine) => {
      let previous: Routine | null = null;
      for (const length of minutes) {
        const target = length * 60;
        const fitted = fitRoutine(routine, target);
        expect(RoutineSchema.parse(fitted.routine)).toEqual(fitted.routine);
        expect(fitted.totalSeconds).toBe(buildTimeline(fitted.routine).totalMs / 1000);
        if (target >= fitted.shortestSeconds && target <= fitted.longestSeconds) {
          expect(Math.abs(fitted.totalSeconds - target)).toBeLessThanOrEqual(
            Math.max(5, largestMove(routine) / 2),
          );
        }
        if (target > fitted.longestSeconds) {
          // At its longest, with extra repetitions where the steps allow them, never past the target.
          expect(fitted.totalSeconds).toBeGreaterThanOrEqual(fitted.longestSeconds);
          expect(fitted.totalSeconds).toBeLessThanOrEqual(target);
        }
        expect(fitRoutine(fitted.routine, target).routine).toEqual(fitted.routine);
        if (previous) {
          const before = byId(previous);
          for (const step of fitted.routine.steps) {
            expect(step.holdSeconds).toBeGreaterThanOrEqual(before.get(step.id)?.holdSeconds ?? 0);
          }
        }
        previous = fitted.routine;
      }
    },
  );

  it('fits the nightly stretches to five minutes with longer holds', () => {
    const fitted = fitRoutine(withoutFitBounds(findRoutine('before-sleep-stretches')!), 300);
    expect(fitted.totalSeconds).toBe(300);
    expect(fitted.routine.steps.map((step) => step.holdSeconds)).toEqual([16, 16]);
    expect(fitted.routine.steps.map((step) => step.restSeconds)).toEqual([10, 10]);
    expect(fitted.summary).toBe('Holds lengthened to 16 seconds.');
  });

  it('leaves out the glass of water when even the shortest holds are too long', () => {
    const routine = withoutFitBounds(findRoutine('full-wind-down')!);
    const fitted = fitRoutine(routine, 5 * 60);
    expect(fitted.routine.steps.map((step) => step.id)).toEqual(
      routine.steps.filter((step) => step.id !== 'drink-water').map((step) => step.id),
    );
    for (const step of fitted.routine.steps) expect(step.holdSeconds).toBe(step.minHoldSeconds);
    expect(fitted.shortestSeconds).toBeGreaterThan(5 * 60);
    expect(fitted.summary).toMatch(
      /^Holds shortened to 20–60 seconds; A small glass of water left out to come closer to 5 minutes\. With every step, the shortest this routine can be is about \d+ minutes\. It now takes about \d+ minutes\.$/,
    );
  });

  it('says when a routine cannot be made longer', () => {
    const fitted = fitRoutine(withoutFitBounds(findRoutine('seated-stretches')!), 45 * 60);
    expect(fitted.totalSeconds).toBe(fitted.longestSeconds);
    expect(fitted.summary).toBe(
      'Holds lengthened to 30 seconds. The longest this routine can be is about 4 minutes.',
    );
  });

  it('says when nothing needed to change', () => {
    const routine = withoutFitBounds(findRoutine('before-sleep-stretches')!);
    const fitted = fitRoutine(routine, buildTimeline(routine).totalMs / 1000);
    expect(fitted.routine).toEqual(routine);
    expect(fitted.summary).toMatch(/^Nothing needed to change: it takes about \d+ minutes\.$/);
  });
});

describe('fitRoutine (edge cases)', () => {
  const routine = withoutFitBounds(findRoutine('cramp-now')!);
  const shortest = fitRoutine(routine, 0);

  it('treats 0, a negative target and NaN as the shortest it can be, optional steps left out', () => {
    expect(shortest.routine.steps.some((step) => step.isOptional)).toBe(false);
    for (const step of shortest.routine.steps) expect(step.holdSeconds).toBe(step.minHoldSeconds);
    expect(shortest.totalSeconds).toBeLessThan(shortest.shortestSeconds);
    expect(shortest.summary).toMatch(
      /^Holds shortened to 15–60 seconds; Stand and press the heel down left out\. /,
    );
    expect(fitRoutine(routine, -30)).toEqual(shortest);
    expect(fitRoutine(routine, Number.NaN)).toEqual(shortest);
    expect(fitRoutine(routine, -Infinity)).toEqual(shortest);
  });

  it('treats a huge target as the longest it can be', () => {
    const longest = fitRoutine(routine, 1e9);
    expect(longest.totalSeconds).toBe(longest.longestSeconds);
    for (const step of longest.routine.steps) expect(step.holdSeconds).toBe(step.maxHoldSeconds);
    expect(fitRoutine(routine, Infinity)).toEqual(longest);
  });

  it('never leaves out the last step, even when every step is optional', () => {
    const allOptional = RoutineSchema.parse({
      ...routine,
      steps: routine.steps.map((step) => ({ ...step, isOptional: true })),
    });
    const fitted = fitRoutine(allOptional, 0);
    expect(fitted.routine.steps.map((step) => step.id)).toEqual(['toes-toward-shin']);
  });

  it('adds repetitions of repeatable steps in turn above the longest, and says so', () => {
    const stretches = withoutFitBounds(findRoutine('before-sleep-stretches')!);
    const repeatable = RoutineSchema.parse({
      ...stretches,
      steps: stretches.steps.map((step) => ({ ...step, maxRepetitions: 6 })),
    });
    const fitted = fitRoutine(repeatable, 14 * 60);
    expect(fitted.routine.steps.map((step) => step.repetitions)).toEqual([5, 5]);
    expect(fitted.routine.steps.every((step) => step.minRepetitions === 3)).toBe(true);
    expect(fitted.totalSeconds).toBeLessThanOrEqual(14 * 60);
    expect(fitted.summary).toBe(
      'Holds lengthened to 30 seconds; More repetitions to come closer to 14 minutes: ' +
        'Calf stretch at the wall 5 times and Hamstring stretch 5 times. ' +
        `Without extra repetitions, the longest it can be is about 8 minutes. It now takes about ${Math.round(fitted.totalSeconds / 60)} minutes.`,
    );
    // Fitted again to the same length, the repetitions do not stack.
    expect(fitRoutine(fitted.routine, 14 * 60).routine).toEqual(fitted.routine);
    // Fitted shorter, it goes back to its base repetitions.
    expect(fitRoutine(fitted.routine, 5 * 60).routine.steps.map((s) => s.repetitions)).toEqual([
      3, 3,
    ]);
  });

  it('scales rests with bounds along with the holds, and writes out the bounds it used', () => {
    const stretches = withoutFitBounds(findRoutine('seated-stretches')!);
    const routine = RoutineSchema.parse({
      ...stretches,
      steps: [{ ...stretches.steps[0]!, minRestSeconds: 5 }],
    });
    const fitted = fitRoutine(routine, 0).routine.steps[0]!;
    expect(fitted).toMatchObject({
      holdSeconds: 10,
      restSeconds: 5,
      minRestSeconds: 5,
      maxRestSeconds: 10,
    });
    const longest = fitRoutine(routine, Infinity).routine.steps[0]!;
    expect(longest).toMatchObject({ holdSeconds: 30, restSeconds: 10 });
  });

  it('rounds holds from 20 s to 5 s, and keeps bounds that allow no such hold', () => {
    expect(roundHold(19.4)).toBe(19);
    expect(roundHold(19.6)).toBe(20);
    expect(roundHold(22.4)).toBe(20);
    expect(roundHold(22.6)).toBe(25);
    expect(allowedHolds(17, 31)).toEqual([17, 18, 19, 20, 25, 30]);
    expect(allowedHolds(21, 24)).toEqual([21, 24]);
    expect(allowedHolds(23, 23)).toEqual([23]);
  });
});
