import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoutine } from '../../../core/routines/built-in-routines';
import {
  BACK_GRACE_MS,
  backTargetMs,
  nextHoldTargetMs,
  nextStepTargetMs,
} from '../../../core/session/jump-targets';
import {
  buildTimeline,
  holdSegments,
  segmentAt,
  stepStartsMs,
} from '../../../core/session/timeline';
import { routineArbitrary, timelineOptionsArbitrary } from '../../fixtures/routine-arbitrary';

// before-sleep-stretches at a 1-second pace, in seconds: ready 0-1 | L1 1-11 | rest 11-21 |
// L2 21-31 | rest 31-41 | L3 41-51 | switch 51-52 | R1 52-62 | ... | R3 92-102 | next 102-103 | ...
const pace = { getReadySeconds: 1, nextSeconds: 1, switchSidesSeconds: 1 };
const timeline = buildTimeline(findRoutine('before-sleep-stretches')!, pace);

describe('jump targets', () => {
  it('Skip goes to the lead-in of the next hold, or to the hold when its lead-in is running', () => {
    expect(nextHoldTargetMs(timeline, 0)).toBe(1_000); // get ready → first hold
    expect(nextHoldTargetMs(timeline, 5_000)).toBe(11_000); // hold → the rest after it
    expect(nextHoldTargetMs(timeline, 12_000)).toBe(21_000); // rest → the hold after it
    expect(nextHoldTargetMs(timeline, 45_000)).toBe(51_000); // last left hold → switch legs
    expect(nextHoldTargetMs(timeline, 95_000)).toBe(102_000); // last hold of a step → next step
    expect(nextHoldTargetMs(timeline, timeline.totalMs - 1)).toBe(timeline.totalMs);
  });

  it('“Next stretch” goes to the next step, or the end from the last one', () => {
    expect(nextStepTargetMs(timeline, 11_000)).toBe(102_000);
    expect(nextStepTargetMs(timeline, 102_000)).toBe(timeline.totalMs);
  });

  it('Back goes to the start of this hold, or the one before in its first seconds', () => {
    expect(BACK_GRACE_MS).toBe(3_000);
    expect(backTargetMs(timeline, 25_000)).toBe(21_000);
    expect(backTargetMs(timeline, 22_000)).toBe(1_000);
    expect(backTargetMs(timeline, 2_000)).toBe(0); // first hold, just begun: to get ready
    expect(backTargetMs(timeline, 104_000)).toBe(92_000); // next step's first hold → last one before
  });

  it('Back from between holds goes to the start of the hold before', () => {
    expect(backTargetMs(timeline, 12_000)).toBe(1_000); // rest
    expect(backTargetMs(timeline, 51_500)).toBe(41_000); // switch
    expect(backTargetMs(timeline, 102_500)).toBe(92_000); // next step's lead-in
    expect(backTargetMs(timeline, 500)).toBe(0); // get ready
  });
});

describe('jump targets (properties)', () => {
  const positioned = fc
    .tuple(routineArbitrary, timelineOptionsArbitrary)
    .map(([routine, options]) => buildTimeline(routine, options))
    .chain((built) => fc.tuple(fc.constant(built), fc.integer({ min: 0, max: built.totalMs - 1 })));

  it('Skip always moves forward, to a place just before or at the next hold, never past it', () => {
    fc.assert(
      fc.property(positioned, ([built, elapsedMs]) => {
        const target = nextHoldTargetMs(built, elapsedMs);
        expect(target).toBeGreaterThan(elapsedMs);
        const next = holdSegments(built).find((hold) => hold.startMs > elapsedMs);
        expect(target).toBeLessThanOrEqual(next?.startMs ?? built.totalMs);
        if (!next) expect(target).toBe(built.totalMs);
        // Landing before the hold only ever means landing at the start of its lead-in.
        if (next && target < next.startMs) {
          expect(segmentAt(built, target)).toMatchObject({ startMs: target });
          expect(segmentAt(built, target)?.index).toBe(next.index - 1);
        }
      }),
    );
  });

  it('“Next stretch” lands on a step start or the end, ahead of where it was', () => {
    fc.assert(
      fc.property(positioned, ([built, elapsedMs]) => {
        const target = nextStepTargetMs(built, elapsedMs);
        expect(target).toBeGreaterThan(elapsedMs);
        expect([...stepStartsMs(built), built.totalMs]).toContain(target);
      }),
    );
  });

  it('Back never moves forward, and lands on a hold’s start or the very beginning', () => {
    fc.assert(
      fc.property(positioned, ([built, elapsedMs]) => {
        const target = backTargetMs(built, elapsedMs);
        expect(target).toBeLessThanOrEqual(elapsedMs);
        const starts = holdSegments(built).map((hold) => hold.startMs);
        expect([0, ...starts]).toContain(target);
      }),
    );
  });
});
