import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInRoutines, findRoutine } from '../../../core/routines/built-in-routines';
import { favourSide } from '../../../core/routines/favour-side';
import { fitRoutine } from '../../../core/routines/fit-routine';
import { RoutineSchema, type Routine, type Side } from '../../../core/routines/routine-schema';
import { allowedHolds } from '../../../core/routines/step-timing';
import { buildTimeline, type Segment } from '../../../core/session/timeline';
import {
  fitRoutineArbitrary,
  targetFor,
  targetPickArbitrary,
} from '../../fixtures/fit-routine-arbitrary';

const RUNS = { numRuns: 60 };
const sideArbitrary = fc.constantFrom<Side>('left', 'right');

/** A step's hold and rest segments on one leg, as `kind:seconds`. */
function work(routine: Routine, stepIndex: number, side: Side | null): string[] {
  return buildTimeline(routine)
    .segments.filter(
      (s: Segment) =>
        s.stepIndex === stepIndex && s.side === side && (s.kind === 'hold' || s.kind === 'rest'),
    )
    .map((s) => `${s.kind}:${s.durationMs / 1000}`);
}

describe('favourSide', () => {
  const stretches = findRoutine('before-sleep-stretches')!;

  it('gives the favoured leg about a third more hold, and the other leg the same as before', () => {
    const favoured = favourSide(stretches, 'left');
    expect(favoured.steps[0]!.favour).toEqual({
      side: 'left',
      extraHoldSeconds: 3,
      extraRepetitions: 0,
    });
    expect(favoured.steps[0]!.holdSeconds).toBe(10);
    expect(work(favoured, 0, 'left')).toEqual([
      'hold:13',
      'rest:10',
      'hold:13',
      'rest:10',
      'hold:13',
    ]);
    expect(work(favoured, 0, 'right')).toEqual(work(stretches, 0, 'right'));
    const segments = buildTimeline(favoured).segments.filter((s) => s.stepIndex === 0);
    expect(segments.map((s) => `${s.kind}:${s.side}:${s.durationMs / 1000}`)).toEqual([
      'get-ready:left:8',
      'hold:left:13',
      'rest:left:10',
      'hold:left:13',
      'rest:left:10',
      'hold:left:13',
      'switch-sides:right:6',
      'hold:right:10',
      'rest:right:10',
      'hold:right:10',
      'rest:right:10',
      'hold:right:10',
    ]);
  });

  it('rounds the longer hold like any other: multiples of 5 s from 20 s', () => {
    const massage = favourSide(findRoutine('calf-thigh-massage')!, 'right');
    // 45 s and a third is 60 s.
    expect(massage.steps[0]!.favour).toMatchObject({ side: 'right', extraHoldSeconds: 15 });
    const step = {
      ...stretches.steps[0]!,
      holdSeconds: 20,
      minHoldSeconds: 10,
      maxHoldSeconds: 30,
    };
    // 20 s and a third is 26.7 s: 25 s.
    expect(favourSide({ ...stretches, steps: [step] }, 'left').steps[0]!.favour).toMatchObject({
      extraHoldSeconds: 5,
    });
  });

  it('adds one repetition on the favoured leg when the hold is already at its longest', () => {
    const atMax = { ...stretches, steps: [{ ...stretches.steps[0]!, holdSeconds: 30 }] };
    const favoured = favourSide(atMax, 'right');
    expect(favoured.steps[0]!.favour).toEqual({
      side: 'right',
      extraHoldSeconds: 0,
      extraRepetitions: 1,
    });
    expect(work(favoured, 0, 'right')).toEqual([
      'hold:30',
      'rest:10',
      'hold:30',
      'rest:10',
      'hold:30',
      'rest:10',
      'hold:30',
    ]);
    expect(work(favoured, 0, 'left')).toEqual(work(atMax, 0, 'left'));
    const holds = buildTimeline(favoured).segments.filter((s) => s.kind === 'hold');
    expect(holds.filter((s) => s.side === 'right').map((s) => s.repetitions)).toEqual([4, 4, 4, 4]);
    expect(holds.filter((s) => s.side === 'left').map((s) => s.repetitions)).toEqual([3, 3, 3]);
  });

  it('adds no repetition beyond maxRepetitions, keeping only the side', () => {
    const full = RoutineSchema.parse({
      ...stretches,
      steps: [{ ...stretches.steps[0]!, holdSeconds: 30, maxRepetitions: 3 }],
    });
    const favoured = favourSide(full, 'left');
    expect(favoured.steps[0]!.favour).toEqual({
      side: 'left',
      extraHoldSeconds: 0,
      extraRepetitions: 0,
    });
    expect(buildTimeline(favoured)).toEqual(buildTimeline(full));
  });

  it('leaves steps for both legs at once alone, and null takes the favour away', () => {
    const crampNow = findRoutine('cramp-now')!;
    expect(favourSide(crampNow, 'left')).toEqual(crampNow);
    const favoured = favourSide(stretches, 'left');
    expect(favourSide(favoured, null)).toEqual(stretches);
    expect(favourSide(favoured, 'right').steps.every((s) => s.favour?.side === 'right')).toBe(true);
  });

  it('is the same done once or twice, stays in bounds and passes the schema (properties)', () => {
    fc.assert(
      fc.property(fitRoutineArbitrary(12), sideArbitrary, (routine, side) => {
        const once = favourSide(routine, side);
        expect(favourSide(once, side)).toEqual(once);
        expect(RoutineSchema.safeParse(once).success).toBe(true);
        once.steps.forEach((step, index) => {
          const before = routine.steps[index]!;
          expect({ ...step, favour: undefined }).toEqual({ ...before, favour: undefined });
          if (step.sides === 'none') return expect(step.favour).toBeUndefined();
          const favour = step.favour!;
          expect(favour.side).toBe(side);
          const hold = step.holdSeconds + favour.extraHoldSeconds;
          expect(hold).toBeLessThanOrEqual(step.maxHoldSeconds);
          if (favour.extraHoldSeconds > 0) {
            expect(allowedHolds(step.minHoldSeconds, step.maxHoldSeconds)).toContain(hold);
            expect(favour.extraRepetitions).toBe(0);
          }
          const most = step.maxRepetitions ?? step.repetitions + 1;
          expect(step.repetitions + favour.extraRepetitions).toBeLessThanOrEqual(most);
          expect(favour.extraRepetitions).toBeLessThanOrEqual(1);
        });
      }),
      RUNS,
    );
  });

  it('shows the extra on the favoured leg only, in the timeline (properties)', () => {
    fc.assert(
      fc.property(fitRoutineArbitrary(12), sideArbitrary, (routine, side) => {
        const favoured = favourSide(routine, side);
        const other: Side = side === 'left' ? 'right' : 'left';
        favoured.steps.forEach((step, index) => {
          const plain = work(routine, index, step.sides === 'none' ? null : other);
          expect(work(favoured, index, step.sides === 'none' ? null : other)).toEqual(plain);
          if (step.sides === 'none') return;
          const extra = work(favoured, index, side);
          const holds = extra.filter((s) => s.startsWith('hold'));
          const rests = extra.filter((s) => s.startsWith('rest'));
          const { extraHoldSeconds, extraRepetitions } = step.favour!;
          expect(holds).toEqual(
            Array(step.repetitions + extraRepetitions).fill(
              `hold:${step.holdSeconds + extraHoldSeconds}`,
            ),
          );
          // Rests between repetitions as usual (a rest of 0 s is no segment at all).
          expect(rests).toHaveLength(step.restSeconds > 0 ? holds.length - 1 : 0);
          expect(new Set(rests)).toEqual(new Set(rests.length ? [`rest:${step.restSeconds}`] : []));
        });
      }),
      RUNS,
    );
  });

  it('favours a fitted routine validly, for every built-in routine and length', () => {
    for (const routine of builtInRoutines) {
      for (const minutes of [0, 3, 5, 10, 15, 20, 45]) {
        const fitted = fitRoutine(routine, minutes * 60).routine;
        for (const side of ['left', 'right'] as const) {
          expect(RoutineSchema.safeParse(favourSide(fitted, side)).success).toBe(true);
        }
      }
    }
  });

  it('favours any fitted routine validly (properties)', () => {
    fc.assert(
      fc.property(
        fitRoutineArbitrary(),
        targetPickArbitrary,
        sideArbitrary,
        (routine, pick, side) => {
          const fitted = fitRoutine(routine, targetFor(routine, pick)).routine;
          expect(RoutineSchema.safeParse(favourSide(fitted, side)).success).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('keeps the favour when a favoured routine is fitted, the extra counted in its length', () => {
    const favoured = favourSide(stretches, 'left');
    const fitted = fitRoutine(favoured, 300);
    expect(Math.abs(fitted.totalSeconds - 300)).toBeLessThanOrEqual(5);
    expect(fitted.routine.steps.every((step) => step.favour?.side === 'left')).toBe(true);
    expect(fitted.routine).toEqual(favourSide(fitted.routine, 'left'));
  });
});
