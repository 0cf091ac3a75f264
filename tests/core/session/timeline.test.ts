import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoutine } from '../../../core/routines/built-in-routines';
import { buildTimeline, segmentAt, stepStartsMs } from '../../../core/session/timeline';
import { routineArbitrary, timelineOptionsArbitrary } from '../../fixtures/routine-arbitrary';

describe('buildTimeline (properties)', () => {
  it('totals the sum of its segments, which follow each other with no gap or overlap', () => {
    fc.assert(
      fc.property(routineArbitrary, timelineOptionsArbitrary, (routine, options) => {
        const { segments, totalMs } = buildTimeline(routine, options);
        expect(totalMs).toBe(segments.reduce((sum, segment) => sum + segment.durationMs, 0));
        let cursor = 0;
        segments.forEach((segment, index) => {
          expect(segment.index).toBe(index);
          expect(segment.startMs).toBe(cursor);
          expect(segment.durationMs).toBeGreaterThan(0);
          expect(Number.isInteger(segment.startMs)).toBe(true);
          cursor += segment.durationMs;
        });
      }),
    );
  });

  it('gives both legs the same holds, repetitions included', () => {
    fc.assert(
      fc.property(routineArbitrary, timelineOptionsArbitrary, (routine, options) => {
        const { segments } = buildTimeline(routine, options);
        routine.steps.forEach((step, stepIndex) => {
          const holds = segments.filter((s) => s.stepIndex === stepIndex && s.kind === 'hold');
          const left = holds.filter((s) => s.side === 'left');
          const right = holds.filter((s) => s.side === 'right');
          if (step.sides === 'none') {
            expect(holds).toHaveLength(step.repetitions);
            expect(holds.every((s) => s.side === null)).toBe(true);
          } else {
            expect(left).toHaveLength(step.repetitions);
            expect(right).toHaveLength(step.repetitions);
            expect(left.map((s) => s.durationMs)).toEqual(right.map((s) => s.durationMs));
          }
        });
      }),
    );
  });

  it('keeps the steps in order and works one leg fully before the other', () => {
    fc.assert(
      fc.property(routineArbitrary, timelineOptionsArbitrary, (routine, options) => {
        const { segments } = buildTimeline(routine, options);
        const stepOrder = segments.map((s) => s.stepIndex);
        expect(stepOrder).toEqual([...stepOrder].sort((a, b) => a - b));
        expect(new Set(stepOrder).size).toBe(routine.steps.length);
        routine.steps.forEach((step, stepIndex) => {
          const sides = segments
            .filter((s) => s.stepIndex === stepIndex && s.kind === 'hold')
            .map((s) => s.side);
          const expectedFirst =
            step.sides === 'right-then-left' ? 'right' : step.sides === 'none' ? null : 'left';
          expect(sides[0]).toBe(expectedFirst);
          const changes = sides.filter((side, i) => i > 0 && side !== sides[i - 1]).length;
          expect(changes).toBeLessThanOrEqual(1);
        });
      }),
    );
  });

  it('finds the segment running at any instant', () => {
    fc.assert(
      fc.property(
        routineArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (routine, fraction) => {
          const timeline = buildTimeline(routine);
          const at = Math.floor(fraction * (timeline.totalMs - 1));
          const segment = segmentAt(timeline, at)!;
          expect(segment.startMs).toBeLessThanOrEqual(at);
          expect(segment.startMs + segment.durationMs).toBeGreaterThan(at);
        },
      ),
    );
  });
});

describe('buildTimeline (the studied protocol)', () => {
  it('runs hold 10 s, relax 10 s, three times per leg, with a switch between legs', () => {
    const routine = findRoutine('before-sleep-stretches')!;
    const timeline = buildTimeline(routine, {
      getReadySeconds: 8,
      nextSeconds: 8,
      switchSidesSeconds: 6,
    });
    const calf = timeline.segments.filter((s) => s.stepIndex === 0);
    expect(calf.map((s) => `${s.kind}:${s.side ?? '-'}:${s.durationMs / 1000}`)).toEqual([
      'get-ready:left:8',
      'hold:left:10',
      'rest:left:10',
      'hold:left:10',
      'rest:left:10',
      'hold:left:10',
      'switch-sides:right:6',
      'hold:right:10',
      'rest:right:10',
      'hold:right:10',
      'rest:right:10',
      'hold:right:10',
    ]);
    expect(stepStartsMs(timeline)).toEqual([0, 114_000]);
    // Each stretch, both legs, within three minutes as in the trial.
    expect(timeline.totalMs / 2).toBeLessThan(180_000);
  });
});
